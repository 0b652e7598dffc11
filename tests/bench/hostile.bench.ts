import type { BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../../lib/cli/chromium';
import { startServer } from '../../lib/cli/static-server';
import { fmt } from './measure';
import { waitForMark, waitInPage } from './wait-for-mark';
import { tracedLoad } from './baylens-tasks';

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
  /** Marks found, and when the scan was done, from the load event (Baylens only). */
  found: number | null;
  scanMs: number | null;
  /** When the first highlights were shown, from the load event (Baylens only). */
  firstShownMs: number | null;
  /** After scrolling to the end: how long until highlights there were shown (Baylens only). */
  scrolledShownMs: number | null;
  /** Longest main-thread task after the load event, within the observed window. */
  longestAfterLoad: number;
  longestSlice: number | null;
}

/** Whether a registered highlight lies in the viewport now. */
const shownInView = () =>
  [...CSS.highlights.values()].some((h) =>
    [...h].some((r) => {
      const box = (r as Range).getBoundingClientRect();
      return box.height > 0 && box.bottom > 0 && box.top < innerHeight;
    }),
  );

async function run(context: BrowserContext, url: string, withBaylens: boolean, watchMs: number, scroll = false): Promise<HostileRun> {
  const page = await context.newPage();
  await page.addInitScript(watchPage);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const loadEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await waitInPage(
    context,
    page,
    `performance.now() >= ${loadEnd + watchMs}`,
    `the end of the ${watchMs / 1000} s watch`,
    watchMs + 60_000,
  );
  let found: number | null = null;
  let scanMs: number | null = null;
  let firstShownMs: number | null = null;
  let scrolledShownMs: number | null = null;
  if (withBaylens) {
    await waitForMark(context, page, 'baylens:scan-done', 30_000);
    const done = await page.evaluate(() => {
      const mark = performance.getEntriesByName('baylens:scan-done')[0] as PerformanceMark;
      const w = window as unknown as { samples: [number, number][] };
      return {
        at: mark.startTime,
        found: (mark.detail as { highlights: number }).highlights,
        first: w.samples.find(([, n]) => n > 0)?.[0] ?? null,
      };
    });
    found = done.found;
    scanMs = done.at - loadEnd;
    firstShownMs = done.first === null ? null : done.first - loadEnd;
    if (scroll && !(await page.evaluate(shownInView))) throw new Error(`${url}: no highlight is shown in the viewport after the scan`);
    const scrolled = !scroll
      ? 0
      : await page.evaluate(async (inView) => {
          const shown = new Function(`return (${inView})()`) as () => boolean;
          const t0 = performance.now();
          window.scrollTo(0, document.documentElement.scrollHeight);
          while (!shown()) {
            if (performance.now() - t0 > 10_000) return null;
            await new Promise((r) => requestAnimationFrame(r));
          }
          return performance.now() - t0;
        }, shownInView.toString());
    if (scrolled === null) throw new Error(`${url}: after scrolling to the end, no highlight was shown there within 10 s`);
    scrolledShownMs = scroll ? scrolled : null;
  }
  // The watch: from Baylens' start or the load event, whichever came first (on a large page,
  // document idle can come before the load), to the end of the watch. The scroll to the end
  // comes after it: its wait reads the highlights' boxes every frame, a cost of the benchmark's own.
  const result = await page.evaluate(
    ({ loadEnd, watchMs }) => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      const done = performance.getEntriesByName('baylens:scan-done')[0] as PerformanceMark | undefined;
      const started = performance.getEntriesByName('baylens:start')[0]?.startTime ?? loadEnd;
      const from = Math.min(started, loadEnd);
      return {
        longest: Math.max(0, ...w.longTasks.filter((t) => t.start >= from && t.start < loadEnd + watchMs).map((t) => t.duration)),
        slice: (done?.detail as { longestSliceMs?: number } | undefined)?.longestSliceMs ?? null,
      };
    },
    { loadEnd, watchMs },
  );
  await page.close();
  return { found, scanMs, firstShownMs, scrolledShownMs, longestAfterLoad: result.longest, longestSlice: result.slice };
}

/**
 * Hostile pages in Chromium, with and without Baylens: 100,000 text nodes that each name an
 * entry, and a page that rewrites itself every 5 ms. Long tasks from Baylens' start or the
 * page's load event, whichever is first, to 10 s after the load.
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
      name: `${MANY.toLocaleString('en-US')} text nodes, each naming an entry`,
      with: await run(ext.context, many, true, 10_000, true),
      without: await run(plain.context, many, false, 10_000),
    },
    {
      name: 'rewrites itself every 5 ms, watched for 10 s',
      with: await run(ext.context, forever, true, 10_000),
      without: await run(plain.context, forever, false, 10_000),
    },
  ];
  // One more load of each with Baylens, traced: the long tasks, and Baylens' own code in each.
  const traced = [];
  for (const [name, url] of [
    ['100,000 text nodes', many],
    ['rewrites itself', forever],
  ] as const) {
    traced.push({ name, tasks: (await tracedLoad(ext.context, url, 30_000)).tasks });
  }
  await ext.close();
  await plain.close();
  await server.close();
  const ms = (v: number | null) => (v === null ? '—' : v === 0 ? 'none' : `${fmt(v, 0)} ms`);
  log(
    'Hostile pages in Chromium, timed from the load event; long tasks from Baylens’ start or the load event, whichever is first, to 10 s after the load (the scroll to the end comes after).',
  );
  log('');
  log(
    '| page | marks found | scan done | first highlights shown | scrolled to the end → shown there | longest task, with Baylens | without | Baylens: longest slice |',
  );
  log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    log(
      `| ${r.name} | ${r.with.found?.toLocaleString('en-US') ?? '—'} | ${ms(r.with.scanMs)} | ${ms(r.with.firstShownMs)} | ${ms(r.with.scrolledShownMs)} | ${ms(r.with.longestAfterLoad)} | ${ms(r.without.longestAfterLoad)} | ${r.with.longestSlice === null ? '—' : `${fmt(r.with.longestSlice, 1)} ms`} |`,
    );
  }
  log('');
  for (const t of traced) {
    const tasks = t.tasks
      .filter((task) => task.startMs >= 0)
      .map((task) => `${fmt(task.durationMs, 0)} ms (mostly ${task.mostly}; Baylens' code ${fmt(task.baylensMs, 1)} ms)`);
    log(
      `Traced, one more load with Baylens, ${t.name}: long tasks from Baylens' start to half a second after its first scan: ${tasks.length ? tasks.join(', ') : 'none'}.`,
    );
  }
}
