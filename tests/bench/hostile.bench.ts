import type { BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../../lib/cli/chromium';
import { startServer } from '../../lib/cli/static-server';
import { fmt } from './measure';

const html = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>hostile</title></head><body>${body}</body></html>`;

/** 100,000 text nodes, each naming an entry: every one should be highlighted. */
const MANY = 100_000;
const manyPage = () => {
  const spans: string[] = [];
  for (let i = 0; i < MANY; i++) spans.push(`<span>Nansha ${i}</span> `);
  return html(`<div>${spans.join('')}</div>`);
};

/** A page that changes its text every 5 ms, forever. */
const foreverPage = html(`<p id="t">start</p><div id="c"></div><script>
let n = 0;
setInterval(() => {
  n++;
  document.getElementById('t').textContent = 'Tick ' + n + ': Macao and Hengqin';
  const c = document.getElementById('c');
  c.append(Object.assign(document.createElement('p'), { textContent: 'Item ' + n + ' about Shenzhen' }));
  if (c.children.length > 5) c.firstElementChild.remove();
}, 5);
</script>`);

/**
 * Long tasks from the start of the load, and the number of highlights sampled every 50 ms with
 * the time of each sample (a busy main thread delays a sample, never its time).
 */
const watchPage = () => {
  const w = window as unknown as { longTasks: { start: number; duration: number }[]; samples: [number, number][] };
  w.longTasks = [];
  w.samples = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  setInterval(() => w.samples.push([performance.now(), [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)]), 50);
};

interface HostileRun {
  /** Highlights registered 6 s after the load event (null without Baylens). */
  at6s: number | null;
  /** From the load event to the last highlight registered, or null if not all were within 20 s. */
  allMs: number | null;
  /** Longest main-thread task after the load event, within the observed window. */
  longestAfterLoad: number;
  longestSlice: number | null;
}


async function run(context: BrowserContext, url: string, expected: number | null, watchMs: number): Promise<HostileRun> {
  const page = await context.newPage();
  await page.addInitScript(watchPage);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const loadEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await page.waitForFunction((at) => performance.now() >= at, loadEnd + watchMs, { timeout: 60_000, polling: 100 });
  if (expected !== null) {
    await page
      .waitForFunction((n) => [...CSS.highlights.values()].reduce((s, h) => s + h.size, 0) >= n, expected, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`${url}: not all ${expected} highlights were registered within ${watchMs / 1000 + 30} s of the load`);
      });
  }
  const result = await page.evaluate((from) => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[]; samples: [number, number][] };
    const done = performance.getEntriesByName('baylens:scan-done')[0] as PerformanceMark | undefined;
    return {
      longest: Math.max(0, ...w.longTasks.filter((t) => t.start >= from).map((t) => t.duration)),
      slice: (done?.detail as { longestSliceMs?: number } | undefined)?.longestSliceMs ?? null,
      samples: w.samples,
    };
  }, loadEnd);
  const at6s = expected === null ? null : Math.max(0, ...result.samples.filter(([t]) => t <= loadEnd + 6_000).map(([, n]) => n));
  const all = expected === null ? undefined : result.samples.find(([, n]) => n >= expected);
  const allMs = all ? all[0] - loadEnd : null;
  await page.close();
  return { at6s, allMs, longestAfterLoad: result.longest, longestSlice: result.slice };
}

/**
 * Hostile pages in Chromium, with and without Baylens: 100,000 text nodes that each name an
 * entry, and a page that rewrites itself every 5 ms. Long tasks after the page's load event
 * (Baylens starts at document idle, after it).
 */
export async function runHostileBench(log: (line: string) => void): Promise<void> {
  const server = await startServer();
  server.pages.set('/hostile/many.html', manyPage());
  server.pages.set('/hostile/forever.html', foreverPage);
  const ext = await launchWithExtension();
  const plain = await launchWithExtension({ withoutExtension: true });
  const many = `${server.origin}/hostile/many.html`;
  const forever = `${server.origin}/hostile/forever.html`;
  const rows = [
    {
      name: '100,000 text nodes, each naming an entry',
      with: await run(ext.context, many, MANY, 10_000),
      without: await run(plain.context, many, null, 10_000),
    },
    {
      name: 'rewrites itself every 5 ms, watched for 10 s',
      with: await run(ext.context, forever, null, 10_000),
      without: await run(plain.context, forever, null, 10_000),
    },
  ];
  await ext.close();
  await plain.close();
  await server.close();
  const ms = (v: number | null) => (v === null ? '—' : v === 0 ? 'none' : `${fmt(v, 0)} ms`);
  log('Hostile pages in Chromium, after the load event (Baylens starts at document idle).');
  log('');
  log('| page | highlights 6 s after load | all highlighted after load | longest task, with Baylens | without | Baylens: longest slice |');
  log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    log(
      `| ${r.name} | ${r.with.at6s === null ? '—' : r.with.at6s.toLocaleString('en-US')} | ${ms(r.with.allMs)} | ${ms(r.with.longestAfterLoad)} | ${ms(r.without.longestAfterLoad)} | ${r.with.longestSlice === null ? '—' : `${fmt(r.with.longestSlice, 1)} ms`} |`,
    );
  }
}
