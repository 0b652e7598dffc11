import { readFileSync, statSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, pointOf } from '../../lib/cli/chromium';
import { SAVED_PAGES_DIR, onlyLocal, startServer, type TestServer } from '../../lib/cli/static-server';
import { buildIndex } from '../../lib/kb/build';
import { seedsText } from './corpus';
import { fmt } from './measure';
import { waitForMark } from './wait-for-mark';

const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
/** mark.js gets this long per page before it is reported as "more than". */
const MARK_JS_LIMIT_MS = 60_000;

/** Records the page's long tasks (50 ms and more) from the very start, in the main world. */
const watchLongTasks = () => {
  const w = window as unknown as { longTasks: { start: number; duration: number }[] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('pointermove', (e) => ((window as unknown as { lastMove: number }).lastMove = e.timeStamp), true);
};

function longestTask(tasks: { start: number; duration: number }[], from: number, to: number): number {
  return tasks.filter((t) => t.start < to && t.start + t.duration > from).reduce((m, t) => Math.max(m, t.duration), 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** GBA-dense text: the seeds' paragraphs repeated until the page holds about 5 MB of text. */
function syntheticPage(): string {
  const paragraphs = (seedsText() ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body: string[] = [];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    body.push(`<p>${escape(p)}</p>`);
    size += Buffer.byteLength(p);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>5 MB</title></head><body>${body.join('\n')}</body></html>`;
}

export interface PageBenchRow {
  page: string;
  htmlMb: number;
  highlights: number;
  scanMs: number;
  longestSliceMs: number;
  longestTaskMs: number;
  markJsMs: number | null;
  markJsLongestTaskMs: number | null;
  markJsMarks: number | null;
}

async function baylensRun(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await waitForMark(context, page, 'baylens:scan-done', 180_000);
  const result = await page.evaluate(() => {
    const start = performance.getEntriesByName('baylens:scan-start')[0]!.startTime;
    const done = performance.getEntriesByName('baylens:scan-done')[0] as PerformanceMark;
    const detail = done.detail as { highlights: number; longestSliceMs: number };
    const tasks = (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks;
    return { start, end: done.startTime, detail, tasks };
  });
  await page.close();
  return {
    scanMs: result.end - result.start,
    highlights: result.detail.highlights,
    longestSliceMs: result.detail.longestSliceMs,
    longestTaskMs: longestTask(result.tasks, result.start, result.end),
  };
}

async function markJsRun(context: BrowserContext, url: string, aliases: string[], log: (line: string) => void) {
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.addScriptTag({ content: readFileSync(MARK_JS, 'utf8') });
  // A string, not a function: the TypeScript runner would wrap named callbacks in a helper
  // the page does not have.
  const driver = `new Promise((resolve) => {
    const start = performance.now();
    new window.Mark(document.body).mark(${JSON.stringify(aliases)}, {
      separateWordSearch: false, acrossElements: true, diacritics: false,
      done: (marks) => { const end = performance.now(); resolve({ ms: end - start, marks, start, end }); },
    });
  })`;
  let failure: string | null = null;
  const run = (page.evaluate(driver) as Promise<{ ms: number; marks: number; start: number; end: number }>).catch((error: Error) => {
    // With the full index, mark.js's regular expressions overflow the stack: say so in the table.
    failure = error.message.split('\n')[0]!.replace(/^page\.evaluate: /, '');
    return null;
  });
  const limit = new Promise<null>((resolve) => setTimeout(() => resolve(null), MARK_JS_LIMIT_MS));
  const result = await Promise.race([run, limit]);
  if (!result) {
    await page.close().catch(() => {});
    if (failure) {
      log(`  mark.js failed on ${url}: ${failure}`);
      return { ms: NaN, marks: 0, longestTaskMs: 0, failed: true };
    }
    return null;
  }
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
  await page.close();
  return { ms: result.ms, marks: result.marks, longestTaskMs: longestTask(tasks, result.start, result.end), failed: false };
}

export async function hoverLatency(context: BrowserContext, server: TestServer): Promise<number[]> {
  const page: Page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await page.waitForFunction(() => performance.getEntriesByName('baylens:scan-done').length > 0);
  const terms = [
    'Hengqin Island',
    'Macao SAR Government',
    'the Loop',
    'Shenzhen',
    'Hong Kong-Zhuhai-Macao Bridge',
    '383,000',
    'Greater Bay Area',
    '30 trillion yuan',
    'GBA',
    'dual director system',
  ];
  const latencies: number[] = [];
  for (const term of terms) {
    const before = await page.evaluate(() => performance.getEntriesByName('baylens:card-painted').length);
    const { x, y } = await pointOf(page, term);
    await page.mouse.move(x - 30, y - 25);
    // One move onto the term: the pointer arrives there, and rests (the delay counts from the arrival).
    await page.mouse.move(x, y);
    await page.waitForFunction((n) => performance.getEntriesByName('baylens:card-painted').length > n, before);
    latencies.push(
      await page.evaluate(() => {
        const painted = performance.getEntriesByName('baylens:card-painted').at(-1)!.startTime;
        return painted - (window as unknown as { lastMove: number }).lastMove;
      }),
    );
    await page.mouse.move(2, 2, { steps: 2 });
    await page.waitForTimeout(400);
  }
  await page.close();
  return latencies;
}

/** Time to highlight the largest real pages and a 5 MB page, against mark.js, and hover latency. */
export async function runPageBench(log: (line: string) => void): Promise<void> {
  const { index } = buildIndex();
  const aliases = [...new Set(index.entries.flatMap((e) => [e.names.en, e.names['zh-Hans'], e.names['zh-Hant'], ...e.aliases]))];
  const largest = readdirSync(SAVED_PAGES_DIR)
    .filter((n) => n.endsWith('.html'))
    .map((n) => ({ name: n, size: statSync(join(SAVED_PAGES_DIR, n)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 4);
  const server = await startServer();
  const synthetic = syntheticPage();
  server.pages.set('/bench/synthetic-5mb.html', synthetic);
  const pages = [
    ...largest.map((p) => ({ name: p.name, url: `${server.origin}/pages/${p.name}`, mb: p.size / 1e6, runs: 3 })),
    {
      name: 'seeds repeated to 5 MB of text',
      url: `${server.origin}/bench/synthetic-5mb.html`,
      mb: Buffer.byteLength(synthetic) / 1e6,
      runs: 1,
    },
  ];
  const ext = await launchWithExtension();
  const plain = await launchWithExtension({ withoutExtension: true });
  await ext.context.route('**/*', onlyLocal(server.origin));
  await plain.context.route('**/*', onlyLocal(server.origin));

  const rows: PageBenchRow[] = [];
  for (const p of pages) {
    const runs = [];
    for (let i = 0; i < p.runs; i++) runs.push(await baylensRun(ext.context, p.url));
    const mark = await markJsRun(plain.context, p.url, aliases, log);
    rows.push({
      page: p.name,
      htmlMb: p.mb,
      highlights: runs[0]!.highlights,
      scanMs: median(runs.map((r) => r.scanMs)),
      longestSliceMs: Math.max(...runs.map((r) => r.longestSliceMs)),
      longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
      markJsMs: mark?.ms ?? null,
      markJsLongestTaskMs: mark?.longestTaskMs ?? null,
      markJsMarks: mark?.marks ?? null,
    });
    log(`  measured ${p.name}`);
  }
  const everyPage = [];
  for (const name of readdirSync(SAVED_PAGES_DIR)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    everyPage.push({ name, ...(await baylensRun(ext.context, `${server.origin}/pages/${name}`)) });
  }
  const hover = await hoverLatency(ext.context, server);
  await ext.close();
  await plain.close();
  await server.close();

  log('');
  log(
    `Pages in Chromium (${aliases.length} aliases for both). Time from document idle to all highlights registered; longest task = longest main-thread task (≥ 50 ms are reported by the browser) while the work ran; "none" = no task of 50 ms or more.`,
  );
  log('');
  log(
    '| page | HTML | highlights | Baylens: idle → all highlighted | Baylens: longest slice | Baylens: longest task | mark.js: time | mark.js: longest task | mark.js: marks |',
  );
  log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const task = (ms: number | null) => (ms === null ? '—' : ms === 0 ? 'none' : `${fmt(ms, 0)} ms`);
  for (const r of rows) {
    const markTime =
      r.markJsMs === null
        ? `> ${MARK_JS_LIMIT_MS / 1000} s`
        : Number.isNaN(r.markJsMs)
          ? 'fails (stack overflow)'
          : `${fmt(r.markJsMs, 0)} ms`;
    log(
      `| ${r.page} | ${fmt(r.htmlMb, 2)} MB | ${r.highlights} | ${fmt(r.scanMs, 0)} ms | ${fmt(r.longestSliceMs, 1)} ms | ${task(r.longestTaskMs)} | ${markTime} | ${task(r.markJsLongestTaskMs)} | ${r.markJsMarks ?? '—'} |`,
    );
  }
  const slowest = everyPage.reduce((a, b) => (b.scanMs > a.scanMs ? b : a));
  const longestSlice = everyPage.reduce((a, b) => (b.longestSliceMs > a.longestSliceMs ? b : a));
  const withLongTask = everyPage.filter((p) => p.longestTaskMs > 0);
  log('');
  log(
    `All ${everyPage.length} saved pages: idle → all highlighted median ${fmt(median(everyPage.map((p) => p.scanMs)), 0)} ms, ` +
      `slowest ${fmt(slowest.scanMs, 0)} ms (${slowest.name}); longest Baylens slice ${fmt(longestSlice.longestSliceMs, 1)} ms (${longestSlice.name}); ` +
      `pages with any main-thread task of 50 ms or more while Baylens worked: ${withLongTask.length ? withLongTask.map((p) => `${p.name} (${fmt(p.longestTaskMs, 0)} ms)`).join(', ') : 'none'}.`,
  );
  const delay = 300;
  const extra = hover.map((h) => h - delay);
  log('');
  log(
    `Hover: pointer stop → card painted with its content, over ${hover.length} terms, minus the ${delay} ms delay: median ${fmt(median(extra), 1)} ms, worst ${fmt(Math.max(...extra), 1)} ms; ` +
      `the page's first hover, which loads the card's script: ${fmt(extra[0]!, 1)} ms.`,
  );
}
