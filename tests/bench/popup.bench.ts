import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from '../../lib/cli/chromium';
import { startServer } from '../../lib/cli/static-server';
import { buildIndex } from '../../lib/kb/build';
import { Matcher } from '../../lib/match/matcher';
import { TextFolder } from '../../lib/search/fold';
import { KnowledgeSearch } from '../../lib/search/knowledge-search';
import { simplifiedPairs } from '../../lib/kb/build/script-pairs';
import { fmt, measure } from './measure';

/** Queries a reader types, one character at a time. */
const QUERIES = ['hong kong zhuhai macao bridge', '横琴粤澳深度合作区', '港珠澳大橋'];
const OPENS = 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const prefixes = (query: string) =>
  Array.from(query)
    .map((_, i) =>
      Array.from(query)
        .slice(0, i + 1)
        .join(''),
    )
    .filter((q) => q.trim() && !q.endsWith(' '));

/** search() alone in Node, per keystroke of each query, and the build of the search index. */
function nodeSearch(log: (line: string) => void) {
  const { index } = buildIndex();
  const folder = new TextFolder(simplifiedPairs());
  const matcher = new Matcher(index.matcher);
  const buildMs = measure(() => new KnowledgeSearch(index, folder, matcher).indexSome(), 5, 1500);
  const search = new KnowledgeSearch(index, folder, matcher);
  search.indexSome();
  const rows = QUERIES.map((query) => {
    const times = prefixes(query).map((q) => measure(() => search.search(q), 5, 50));
    return { query, keys: times.length, median: median(times), worst: Math.max(...times) };
  });
  log(`  measured search in Node (${index.entries.length} entries, ${index.sources.reduce((n, s) => n + s.passages.length, 0)} passages)`);
  return { buildMs, rows };
}

/** Records each input event and each "results painted" mark, in the popup's own clock. */
const watchKeys = () => {
  const w = window as unknown as { inputs: number[] };
  w.inputs = [];
  addEventListener('input', (e) => w.inputs.push(e.timeStamp), true);
};

async function popupOpen(context: BrowserContext, url: string): Promise<{ fcp: number; rendered: number }> {
  const popup = await context.newPage();
  await popup.goto(url);
  await popup.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const times = await popup.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    rendered: performance.getEntriesByName('baylens:popup-rendered')[0]!.startTime,
  }));
  await popup.close();
  return times;
}

async function digestShown(context: BrowserContext, url: string, page: Page): Promise<number> {
  const popup = await context.newPage();
  await popup.goto(url);
  await page.bringToFront();
  await popup.reload();
  await popup.waitForFunction(() => performance.getEntriesByName('baylens:digest-shown').length > 0);
  const at = await popup.evaluate(() => performance.getEntriesByName('baylens:digest-shown')[0]!.startTime);
  await popup.close();
  return at;
}

async function typing(context: BrowserContext, url: string, query: string) {
  const popup = await context.newPage();
  await popup.addInitScript(watchKeys);
  await popup.goto(url);
  await popup.waitForFunction(() => performance.getEntriesByName('baylens:search-built').length > 0);
  const build = await popup.evaluate(() => {
    const m = performance.getEntriesByName('baylens:search-built')[0] as PerformanceMeasure;
    return { wall: m.duration, ...(m.detail as { busy: number; longest: number }) };
  });
  const latencies: number[] = [];
  for (const char of Array.from(query)) {
    const before = await popup.evaluate(() => performance.getEntriesByName('baylens:results-painted').length);
    await popup.keyboard.type(char);
    await popup.waitForFunction((n) => performance.getEntriesByName('baylens:results-painted').length > n, before);
    latencies.push(
      await popup.evaluate(() => {
        const input = (window as unknown as { inputs: number[] }).inputs.at(-1)!;
        return performance.getEntriesByName('baylens:results-painted').at(-1)!.startTime - input;
      }),
    );
    await popup.waitForTimeout(60);
  }
  await popup.close();
  return { build, latencies };
}

/** The popup: time to first paint, to the digest of a page, and from each keystroke to its results. */
export async function runPopupBench(log: (line: string) => void): Promise<void> {
  const node = nodeSearch(log);
  const { context, close } = await launchWithExtension();
  const server = await startServer();
  const url = `chrome-extension://${new URL((await serviceWorkerOf(context)).url()).host}/popup.html`;
  const page = await context.newPage();
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await page.waitForFunction(() => performance.getEntriesByName('baylens:scan-done').length > 0);

  await popupOpen(context, url); // warm-up: the first open also compiles the extension's scripts
  const opens: { fcp: number; rendered: number }[] = [];
  for (let i = 0; i < OPENS; i++) opens.push(await popupOpen(context, url));
  const digests: number[] = [];
  for (let i = 0; i < OPENS; i++) digests.push(await digestShown(context, url, page));
  const typed = [];
  for (const query of QUERIES) typed.push({ query, ...(await typing(context, url, query)) });
  log('  measured the popup in Chromium');
  await close();
  await server.close();

  log('');
  log(`Popup in Chromium (opened as a tab, median of ${OPENS} opens):`);
  log('');
  log('| step | median | slowest |');
  log('|---|---:|---:|');
  const row = (label: string, values: number[]) => log(`| ${label} | ${fmt(median(values), 0)} ms | ${fmt(Math.max(...values), 0)} ms |`);
  row(
    'navigation → first contentful paint',
    opens.map((o) => o.fcp),
  );
  row(
    'navigation → first render committed',
    opens.map((o) => o.rendered),
  );
  row('navigation → digest of the sample article shown', digests);
  row(
    'search index: work, in idle slices after first paint',
    typed.map((t) => t.build.busy),
  );
  row(
    'search index: longest slice',
    typed.map((t) => t.build.longest),
  );
  row(
    'search index: index chunk loaded → search index complete',
    typed.map((t) => t.build.wall),
  );
  log('');
  log(
    '| typed character by character | keystrokes | keystroke → results painted: median | slowest | search() alone in Node: median | slowest |',
  );
  log('|---|---:|---:|---:|---:|---:|');
  for (const t of typed) {
    const n = node.rows.find((r) => r.query === t.query)!;
    log(
      `| “${t.query}” | ${t.latencies.length} | ${fmt(median(t.latencies), 1)} ms | ${fmt(Math.max(...t.latencies), 1)} ms | ${fmt(n.median, 2)} ms | ${fmt(n.worst, 2)} ms |`,
    );
  }
  log('');
  log(`Building the search index in Node: ${fmt(node.buildMs, 1)} ms (median).`);
}
