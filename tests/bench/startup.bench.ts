import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../../lib/cli/chromium';
import { SAVED_PAGES_DIR, onlyLocal, startServer } from '../../lib/cli/static-server';
import { fmt } from './measure';
import { waitForMark } from './wait-for-mark';
import { tracedLoad, type LongTask } from './baylens-tasks';

/** A page of about 1 KB: what every site pays for Baylens at the least. */
const TINY = `<!doctype html><html><head><meta charset="utf-8"><title>Tiny</title></head><body><p>${'A short page about nothing in particular. '.repeat(22)}</p></body></html>`;

/** The 1 KB page with `frames` empty frames (about:blank, no text): what each such frame costs. */
const withFrames = (frames: number) =>
  TINY.replace('</body>', `${'<iframe src="about:blank" width="300" height="100"></iframe>'.repeat(frames)}</body>`);
const FRAMES = 10;

/** Long tasks (50 ms and more) from the very start of the load, with the frame they came from. */
const watchLongTasks = () => {
  const w = window as unknown as { longTasks: { start: number; duration: number; where: string }[] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { attribution?: { containerSrc?: string; containerType?: string }[] })[]) {
      const a = e.attribution?.[0];
      w.longTasks.push({
        start: e.startTime,
        duration: e.duration,
        where: a ? `${a.containerType ?? ''} ${a.containerSrc ?? ''}`.trim() : '',
      });
    }
  }).observe({ type: 'longtask', buffered: true });
};

interface Load {
  longest: number;
  where: string;
  startupMs: number | null;
  /** Of the start-up, the time spent waiting for the browser's answer to the start-up read (0 when it was in first). */
  waitMs: number | null;
  scriptMs: number;
  heapMb: number;
}

/** Loads a page in a fresh tab, waits for Baylens (or a quiet second without it), and reads the costs. */
async function load(context: BrowserContext, url: string, withBaylens: boolean): Promise<Load> {
  const page: Page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (withBaylens) {
    // A page Baylens finds nothing worth reading on (an empty frame) never marks a scan.
    await waitForMark(context, page, 'baylens:scan-done', 20_000, cdp);
  }
  await page.waitForTimeout(500);
  const inPage = await page.evaluate(() => {
    const start = performance.getEntriesByName('baylens:start')[0]?.startTime;
    const slice = performance.getEntriesByName('baylens:scan-start')[0]?.startTime;
    // The browser's answer to the start-up read the first slice went on: the last before it.
    const answers = performance.getEntriesByName('baylens:start-read-in').map((e) => e.startTime);
    const answer = slice === undefined ? undefined : answers.filter((t) => t <= slice).pop();
    const tasks = (window as unknown as { longTasks: { start: number; duration: number; where: string }[] }).longTasks;
    const longest = tasks.reduce((a, t) => (t.duration > a.duration ? t : a), { start: 0, duration: 0, where: '' });
    return {
      startupMs: start !== undefined && slice !== undefined ? slice - start : null,
      waitMs: start !== undefined && answer !== undefined ? Math.max(0, answer - start) : null,
      longest: longest.duration,
      where: longest.where,
    };
  });
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await page.close();
  return {
    longest: inPage.longest,
    where: inPage.where,
    startupMs: inPage.startupMs,
    waitMs: inPage.waitMs,
    scriptMs: (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000,
    heapMb: heap.usedSize / 2 ** 20,
  };
}

/** A bare read of the page's text with a TreeWalker, the floor any highlighter pays. */
async function bareRead(context: BrowserContext, url: string): Promise<number> {
  return timedRead(context, url, () => {
    const t = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    return { ms: performance.now() - t, chars };
  });
}

/**
 * The least any script that reads text can pay: the bare read, and a loop over every character
 * of the page's text (not its scripts' or styles'), each read once and hashed, cold as the scan is.
 */
async function everyCharacterRead(context: BrowserContext, url: string): Promise<number> {
  return timedRead(context, url, () => {
    const t = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    let hash = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(n.parentNode?.nodeName ?? '')) continue;
      const text = (n as Text).data;
      for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
      chars += text.length;
    }
    return { ms: performance.now() - t, chars, hash };
  });
}

/** Runs a read in a fresh tab of the page, in the page's own world, and returns its time. */
async function timedRead(context: BrowserContext, url: string, read: () => { ms: number; chars: number }): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const ms = await page.evaluate(read);
  await page.close();
  if (ms.chars === 0) throw new Error(`the read found no text on ${url}`);
  return ms.ms;
}

/** The main-thread time of Baylens' first scan of a page: its slices, summed (the test build's `baylens:scan-done`). */
async function scanWork(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await waitForMark(context, page, 'baylens:scan-done', 20_000);
  const busy = await page.evaluate(
    () => (performance.getEntriesByName('baylens:scan-done')[0] as PerformanceMark).detail?.busyMs as unknown,
  );
  await page.close();
  if (typeof busy !== 'number') throw new Error(`the first scan of ${url} reported no main-thread time`);
  return busy;
}

/** Of one or three loads, the one with the middle longest task. */
const middleLoad = (loads: Load[]): Load => [...loads].sort((a, b) => a.longest - b.longest)[Math.floor(loads.length / 2)]!;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Start-up and scale in Chromium: every saved page and a 1 KB page loaded cold (a fresh tab)
 * with and without Baylens; long tasks, start-up, script time and JS heap added.
 */
export async function runStartupBench(log: (line: string) => void, only?: readonly string[]): Promise<void> {
  const server = await startServer();
  server.pages.set('/bench/tiny.html', TINY);
  server.pages.set('/bench/frames.html', withFrames(FRAMES));
  const names = readdirSync(SAVED_PAGES_DIR)
    .filter((n) => n.endsWith('.html') && (!only || only.includes(n)))
    .sort();
  const ext = await launchWithExtension();
  const plain = await launchWithExtension({ withoutExtension: true });
  await ext.context.route('**/*', onlyLocal(server.origin));
  await plain.context.route('**/*', onlyLocal(server.origin));

  const tiny = `${server.origin}/bench/tiny.html`;
  // One load of each browser first, not counted: the first page after the browser starts pays for
  // the browser's own start (and, with Baylens, waits for the background to store its tables).
  await load(ext.context, tiny, true);
  await load(plain.context, tiny, false);
  const tinyRuns: { with: Load; without: Load }[] = [];
  for (let i = 0; i < 5; i++) tinyRuns.push({ with: await load(ext.context, tiny, true), without: await load(plain.context, tiny, false) });

  // Script time of the page with ten empty frames minus the same page without them, both with
  // Baylens (the page has no script of its own): what one frame with nothing to read costs.
  const framesUrl = `${server.origin}/bench/frames.html`;
  const framed: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 9; i++) {
    framed.push((await load(ext.context, framesUrl, true)).scriptMs);
    bare.push((await load(ext.context, tiny, true)).scriptMs);
  }
  const perFrame = (median(framed) - median(bare)) / FRAMES;

  const rows: { name: string; with: Load; without: Load }[] = [];
  for (const name of names) {
    const url = `${server.origin}/pages/${name}`;
    const withRuns = [await load(ext.context, url, true)];
    const withoutRuns = [await load(plain.context, url, false)];
    // A long task in one load may be the page's own, or the machine's: a page that shows one is
    // loaded twice more each way, and the middle load of the three counts.
    if (withRuns[0]!.longest >= 50) {
      for (let i = 0; i < 2; i++) {
        withRuns.push(await load(ext.context, url, true));
        withoutRuns.push(await load(plain.context, url, false));
      }
    }
    rows.push({ name, with: middleLoad(withRuns), without: middleLoad(withoutRuns) });
  }
  // One more load of each page with Baylens, traced: which long tasks hold Baylens' own code, and
  // how much of each it is. A task is Baylens' when it would be under 50 ms without that code.
  const traced: { name: string; tasks: LongTask[] }[] = [];
  for (const [name, url] of [['1 KB page', tiny] as const, ...names.map((n) => [n, `${server.origin}/pages/${n}`] as const)]) {
    traced.push({ name, tasks: (await tracedLoad(ext.context, url, 20_000)).tasks });
  }
  // What every page pays at the least: Baylens' CPU time in a load of the 1 KB page, traced.
  const tinyCpu: number[] = [];
  for (let i = 0; i < 5; i++) tinyCpu.push((await tracedLoad(ext.context, tiny, 20_000)).cpuMs);
  // The scan against a bare read, on the largest pages served without their own scripts (a
  // content security policy the extension's scripts are not under): both read the same,
  // unchanging document, and no page script's work lands in either figure.
  const largest = ['guardian-1.html', 'nytimes-5.html', 'wikia.html'];
  const scans: { name: string; scanMs: number; cpuMs: number; bare: number; everyCharacter: number }[] = [];
  for (const name of largest) {
    server.files.set(`/still/${name}`, {
      body: readFileSync(join(SAVED_PAGES_DIR, name)),
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" },
    });
    const url = `${server.origin}/still/${name}`;
    const scanMs: number[] = [];
    const cpuMs: number[] = [];
    const bare: number[] = [];
    const everyCharacter: number[] = [];
    for (let i = 0; i < 5; i++) {
      scanMs.push(await scanWork(ext.context, url));
      cpuMs.push((await tracedLoad(ext.context, url, 20_000)).cpuMs);
      bare.push(await bareRead(plain.context, url));
      everyCharacter.push(await everyCharacterRead(plain.context, url));
    }
    scans.push({ name, scanMs: median(scanMs), cpuMs: median(cpuMs), bare: median(bare), everyCharacter: median(everyCharacter) });
  }
  await ext.close();
  await plain.close();
  await server.close();

  const startups = [...tinyRuns.map((r) => r.with.startupMs), ...rows.map((r) => r.with.startupMs)].filter((v): v is number => v !== null);
  log(
    `Start-up in Chromium, cold loads (a fresh tab each, after one uncounted load per browser), ${names.length} saved pages and a 1 KB page, with and without Baylens; ` +
      'a page with a task of 50 ms or more is loaded three times each way, and the middle load counts.',
  );
  log('');
  log('| page | longest task with Baylens | without | start-up (script start → first scan slice) |');
  log('|---|---:|---:|---:|');
  const task = (ms: number) => (ms === 0 ? 'none' : `${fmt(ms, 0)} ms`);
  log(
    `| 1 KB page (5 loads, worst) | ${task(Math.max(...tinyRuns.map((r) => r.with.longest)))} | ${task(Math.max(...tinyRuns.map((r) => r.without.longest)))} | ${fmt(median(tinyRuns.map((r) => r.with.startupMs ?? NaN)), 1)} ms median |`,
  );
  for (const r of rows.filter((x) => x.name === 'wordpress.html' || x.with.longest >= 50 || x.without.longest >= 50)) {
    log(
      `| ${r.name} | ${task(r.with.longest)}${r.with.where ? ` (${r.with.where})` : ''} | ${task(r.without.longest)} | ${r.with.startupMs === null ? '—' : `${fmt(r.with.startupMs, 1)} ms`} |`,
    );
  }
  const caused = rows.filter((r) => r.with.longest >= 50 && r.with.longest > r.without.longest + 10);
  log('');
  log(
    `All pages: start-up median ${fmt(median(startups), 1)} ms, slowest ${fmt(Math.max(...startups), 1)} ms; ` +
      `pages where Baylens adds a task of 50 ms or more: ${caused.length ? caused.map((r) => `${r.name} (${fmt(r.with.longest, 0)} ms)`).join(', ') : 'none'}.`,
  );
  // Start-up less the wait for the browser's storage answer: the work Baylens does before its first slice.
  const loads = [...tinyRuns.map((r) => r.with), ...rows.map((r) => r.with)].filter((l) => l.startupMs !== null && l.waitMs !== null);
  const waited = loads.filter((l) => l.waitMs! > 0);
  const work = loads.map((l) => l.startupMs! - l.waitMs!);
  log(
    `Of the start-up, waiting for the browser's answer to the start-up read (settings and tables): ${waited.length} of ${loads.length} loads waited ` +
      `(median ${fmt(median(waited.map((l) => l.waitMs!)), 1)} ms, longest ${fmt(Math.max(0, ...waited.map((l) => l.waitMs!)), 1)} ms); ` +
      `start-up less that wait, Baylens' own work before its first slice: median ${fmt(median(work), 1)} ms, slowest ${fmt(Math.max(...work), 1)} ms; ` +
      `the start-up of the loads that did not wait: median ${fmt(median(loads.filter((l) => l.waitMs === 0).map((l) => l.startupMs!)), 1)} ms.`,
  );
  const heap = median(tinyRuns.map((r) => r.with.heapMb - r.without.heapMb));
  log(`JS heap Baylens adds to the 1 KB page, after garbage collection: ${fmt(heap, 2)} MB (median of 5).`);
  log(
    `Baylens' main-thread CPU time in a load of the 1 KB page (compiling and running its scripts, the storage read's answer and what runs on it; traced): ` +
      `${fmt(median(tinyCpu), 1)} ms (median of 5; ${fmt(Math.min(...tinyCpu), 1)}–${fmt(Math.max(...tinyCpu), 1)} ms).`,
  );
  log(
    `An empty frame (about:blank, no text): ${fmt(perFrame, 2)} ms of script each (CDP ScriptDuration, the 1 KB page with ${FRAMES} such frames minus without, medians of 9 loads, ÷ ${FRAMES}).`,
  );
  const holding = traced.flatMap((t) => t.tasks.filter((task) => task.baylensMs > 0).map((task) => ({ name: t.name, ...task })));
  const theirs = holding.filter((t) => t.durationMs - t.baylensMs < 50);
  const most = holding.reduce((a, t) => (t.baylensMs > a.baylensMs ? t : a), { name: '—', durationMs: 0, baylensMs: 0 });
  const taskList = (tasks: typeof holding) =>
    tasks.map((t) => `${t.name} (${fmt(t.durationMs, 0)} ms, mostly ${t.mostly}; Baylens' code ${fmt(t.baylensMs, 1)} ms)`).join(', ');
  log(
    `Traced, one more load of each page with Baylens (the browser traced, so every task runs somewhat slower): ` +
      `${holding.length} tasks of 50 ms or more hold Baylens' own code${holding.length ? `: ${taskList(holding)}` : ''}; ` +
      `of them, under 50 ms without that code (Baylens' tasks): ${theirs.length ? taskList(theirs) : 'none'}. ` +
      `Baylens' most in one long task: ${fmt(most.baylensMs, 1)} ms (${most.name}).`,
  );
  log('');
  log(
    'The first scan of the largest pages (served without their own scripts, so every column reads the same unchanging document), medians of 5 loads each: ' +
      'the main-thread time of its slices (walking, matching, marking; the test build sums them); the CPU time of all of Baylens’ code in a traced load ' +
      '(start-up, first scan and frames, with the storage read’s answer and what runs on it, from the trace’s thread time, which does not count the time the thread waits its turn on a busy machine); ' +
      'a bare TreeWalker read of the same page in a fresh tab; and, as a floor for any script that reads text, a loop that reads every character of the page’s text once, cold.',
  );
  log('');
  log(
    '| page | first scan, main-thread time | Baylens’ CPU time, whole load | bare TreeWalker read | every character read once | scan ÷ bare | CPU ÷ bare |',
  );
  log('|---|---:|---:|---:|---:|---:|---:|');
  for (const s of scans) {
    log(
      `| ${s.name} | ${fmt(s.scanMs, 1)} ms | ${fmt(s.cpuMs, 1)} ms | ${fmt(s.bare, 1)} ms | ${fmt(s.everyCharacter, 1)} ms | ${fmt(s.scanMs / s.bare, 1)}× | ${fmt(s.cpuMs / s.bare, 1)}× |`,
    );
  }
}
