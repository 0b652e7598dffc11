import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from '../../lib/cli/chromium';
import { startServer } from '../../lib/cli/static-server';
import { fmt } from './measure';

const PAGES = 200;
const OPENS = 5;
const PASSAGES = fileURLToPath(new URL('../fixtures/hengqin-paper-passages.txt', import.meta.url));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A 200-page report: the seed paper's passages, one page each, printed by Chromium. */
async function printReport(context: BrowserContext): Promise<Buffer> {
  const paragraphs = readFileSync(PASSAGES, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const pages = Array.from({ length: PAGES }, (_, i) => {
    const body = [0, 1, 2].map((k) => `<p>${escape(paragraphs[(i * 3 + k) % paragraphs.length]!)}</p>`).join('');
    return `<section style="break-after: page; height: 240mm; overflow: hidden"><h2>Section ${i + 1}</h2>${body}</section>`;
  });
  const html = `<!doctype html><title>Hengqin report (${PAGES} pages)</title><style>body { font: 12px/1.5 'Liberation Serif', serif }</style>${pages.join('')}`;
  const page = await context.newPage();
  await page.setContent(html);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '20mm', right: '20mm' } });
  await page.close();
  return pdf;
}

interface Open {
  opened: number;
  firstPage: number;
  firstMarked: number;
  allText: number;
  pages: number;
  highlights: number;
  longestTask: number;
}

/** Records the reader's long tasks from the start of its load. */
const watchLongTasks = () => {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** Opens the reader on a URL (or a chosen file) and reads its User Timing marks. */
async function openReader(context: BrowserContext, readerUrl: string, file?: Buffer): Promise<Open> {
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  await page.goto(readerUrl);
  let from = 0;
  if (file) {
    from = await page.evaluate(() => performance.now());
    await page.locator('#file').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: file });
  }
  await page.waitForFunction(() => performance.getEntriesByName('baylens:pdf-all-text').length > 0, undefined, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('baylens:pdf-first-marked').length > 0);
  const result = await page.evaluate(() => ({
    opened: performance.getEntriesByName('baylens:pdf-opened')[0]!.startTime,
    firstPage: performance.getEntriesByName('baylens:pdf-first-page')[0]!.startTime,
    firstMarked: performance.getEntriesByName('baylens:pdf-first-marked')[0]!.startTime,
    allText: performance.getEntriesByName('baylens:pdf-all-text')[0]!.startTime,
    pages: document.querySelectorAll('.reader-page').length,
    highlights: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
    longestTask: Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
  }));
  await page.close();
  return {
    ...result,
    opened: result.opened - from,
    firstPage: result.firstPage - from,
    firstMarked: result.firstMarked - from,
    allText: result.allText - from,
  };
}

/** The reader on a 200-page PDF: how soon the first page can be read, and the whole document highlighted. */
export async function runPdfBench(log: (line: string) => void): Promise<void> {
  const { context, close } = await launchWithExtension();
  const server = await startServer();
  try {
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    const pdf = await printReport(context);
    server.files.set('/report.pdf', { body: pdf, headers: { 'content-type': 'application/pdf', 'access-control-allow-origin': '*' } });
    const reader = `chrome-extension://${extensionId}/pdf.html`;
    const web: Open[] = [];
    const local: Open[] = [];
    await openReader(context, `${reader}?src=${encodeURIComponent(`${server.origin}/report.pdf`)}`); // warm-up: the browser's caches
    for (let i = 0; i < OPENS; i++)
      web.push(await openReader(context, `${reader}?src=${encodeURIComponent(`${server.origin}/report.pdf`)}`));
    for (let i = 0; i < OPENS; i++) local.push(await openReader(context, reader, pdf));
    log(
      `  PDF reader: ${web[0]!.pages} pages, ${fmt(pdf.length / 2 ** 20, 2)} MB, ${web[0]!.highlights} highlights; load average ${loadavg()
        .map((n) => fmt(n, 1))
        .join(' ')} on ${cpus().length} cores`,
    );
    log('');
    log(
      `| ${web[0]!.pages}-page PDF (${fmt(pdf.length / 2 ** 20, 1)} MB), median of ${OPENS} opens | from the web (127.0.0.1) | a local file |`,
    );
    log('|---|---:|---:|');
    const row = (label: string, pick: (o: Open) => number) =>
      log(`| ${label} | ${fmt(median(web.map(pick)), 0)} ms | ${fmt(median(local.map(pick)), 0)} ms |`);
    row('open → document parsed (pdf.js worker started, file read)', (o) => o.opened);
    row('open → first page painted, its text selectable', (o) => o.firstPage);
    row('open → first page highlighted', (o) => o.firstMarked);
    row("open → every page's text layer made and highlighted", (o) => o.allText);
    row('longest main-thread task while it opens', (o) => o.longestTask);
  } finally {
    await server.close();
    await close();
  }
}
