import type { PDFDocumentProxy } from 'pdfjs-dist';
import { fileNameOf, localFileUrl, readReaderAddress, type ReaderAddress } from '@/lib/pdf/address';
import { problemMessage, problemOf, type ReaderProblem } from '@/lib/pdf/problems';
import { documentTitle, type TitleRun } from '@/lib/pdf/title';
import { TEST_BUILD, testMark } from '@/lib/testing/test-build';
import '@/components/theme.css';
import '../content/highlights.css';
import { markPassage } from './mark-passage';
import { openDocument, startWorker } from './open-document';
import { PdfPages } from './pdf-pages';
import type { ReaderBaylens, ReaderDocument } from './reader-baylens';
import './reader.css';

testMark('baylens:pdf-script');

/** Baylens' own part of the reader (matcher, cards, highlights) loads beside pdf.js's worker, not before it. */
const baylensCode = import('./reader-baylens');

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const pagesRoot = $<HTMLElement>('pages');
const status = $<HTMLElement>('status');
const action = $<HTMLElement>('action');
const actionButton = $<HTMLButtonElement>('action-button');
const drop = $<HTMLElement>('drop');
const fileInput = $<HTMLInputElement>('file');
const titleLine = $<HTMLElement>('title');

/** Only one document at a time: opening another replaces the page. */
let opened = false;

function say(problem: ReaderProblem | null, detail = ''): void {
  status.hidden = problem === null;
  status.textContent = problem ? problemMessage(problem, detail) : '';
  status.dataset.problem = problem ?? '';
}

function offer(label: string, run: () => void): void {
  action.hidden = false;
  actionButton.textContent = label;
  actionButton.onclick = (event) => {
    if (!event.isTrusted) return;
    action.hidden = true;
    run();
  };
}

async function titleOf(pdf: PDFDocumentProxy, fileName: string): Promise<string> {
  const [meta, first] = await Promise.all([
    pdf.getMetadata().catch(() => null),
    pdf
      .getPage(1)
      .then((page) => page.getTextContent())
      .catch(() => null),
  ]);
  const info = meta?.info as { Title?: unknown } | undefined;
  const fromInfo = typeof info?.Title === 'string' ? info.Title : null;
  const fromXmp = meta?.metadata?.get('dc:title');
  const runs: TitleRun[] = (first?.items ?? []).flatMap((item) => ('str' in item ? [item] : []));
  return documentTitle(fromInfo || (typeof fromXmp === 'string' ? fromXmp : null), runs, fileName);
}

/** Opens a document and everything Baylens does on it; a problem is said in words, never thrown. */
async function show(source: { url: string } | { data: Uint8Array }, url: string, address: ReaderAddress): Promise<void> {
  if (opened) {
    location.reload();
    return;
  }
  opened = true;
  drop.hidden = true;
  say(null);
  let pdf: PDFDocumentProxy;
  try {
    pdf = await openDocument(source).promise;
  } catch (error) {
    opened = false;
    await explain(problemOf(error), url);
    return;
  }
  const fileName = fileNameOf(url) || 'document.pdf';
  let textDone!: () => void;
  const allText = new Promise<void>((resolve) => (textDone = resolve));
  const host = url.startsWith('file:') ? '' : new URL(url).hostname;
  // Named by its file until its title is read, beside the first page rather than before it.
  const doc: ReaderDocument = { url, host, title: fileName, allText, pageOf: (node) => pages.pageOf(node) };
  const baylens = baylensCode.then(({ ReaderBaylens }) => {
    const reader = new ReaderBaylens(doc, pagesRoot);
    reader.start();
    return reader;
  });
  const pages = new PdfPages(pagesRoot, pdf, { onText: (layer) => baylens.then((reader) => reader.textAdded(layer)) });
  testMark('baylens:pdf-opened');
  await pages.showFirst();
  // Marks of the test build: the benchmark reads how soon the first page can be read, and is marked.
  testMark('baylens:pdf-first-page');
  if (TEST_BUILD) void baylens.then((reader) => reader.idle()).then(() => testMark('baylens:pdf-first-marked'));
  void titleOf(pdf, fileName).then((title) => {
    doc.title = title;
    document.title = title;
    titleLine.textContent = title;
  });
  if (address.page) await goTo(pages, address, await baylens);
  await pages.readAll();
  textDone();
  await (await baylens).idle();
  if (pages.textLength === 0) say('no-text');
  testMark('baylens:pdf-all-text', { pages: pages.count });
}

/** Opens the document at a page and marks the saved passage there. */
async function goTo(pages: PdfPages, address: ReaderAddress, baylens: ReaderBaylens): Promise<void> {
  const page = Math.min(address.page!, pages.count);
  pages.box(page)?.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
  const layer = await pages.ensureText(page);
  await baylens.idle();
  if (layer && address.mark) markPassage(layer, address.mark);
}

async function explain(problem: ReaderProblem, url: string): Promise<void> {
  if (problem === 'unreachable' && !url.startsWith('file:')) {
    const origins = [`${new URL(url).origin}/*`];
    const allowed = await browser.permissions.contains({ origins }).catch(() => true);
    if (!allowed) {
      say('needs-permission', new URL(url).host);
      // Given from the popup or the menu a moment later, or from the button below.
      browser.permissions.onAdded.addListener(() => location.reload());
      offer('Allow and open', () => {
        void browser.permissions.request({ origins }).then((granted) => !granted && say('needs-permission', new URL(url).host));
      });
      return;
    }
  }
  say(problem);
}

async function openFile(file: File, address: ReaderAddress): Promise<void> {
  const data = new Uint8Array(await file.arrayBuffer());
  await show({ data }, localFileUrl(file.name), address);
}

function start(): void {
  startWorker();
  const address = readReaderAddress(location.search);
  // A local file keeps its page and passage: the reader opens it there once it is chosen again.
  const localAddress = address.src?.startsWith('file:') ? address : {};
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void openFile(file, localAddress);
  });
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = [...(event.dataTransfer?.files ?? [])].find((f) => f.type === 'application/pdf' || /\.pdf$/i.test(f.name));
    if (event.isTrusted && file) void openFile(file, localAddress);
  });
  if (!address.src) {
    drop.hidden = false;
    return;
  }
  if (address.src.startsWith('file:')) {
    say('local-file-again', fileNameOf(address.src));
    drop.hidden = false;
    return;
  }
  void show({ url: address.src }, address.src, address);
}

start();
