import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentLoadingTask } from 'pdfjs-dist';

/** pdf.js's worker, character maps, standard fonts and decoders ship inside the extension (see wxt.config.ts). */
const asset = (path: string) => browser.runtime.getURL(`/pdfjs/${path}` as `/${string}`);

GlobalWorkerOptions.workerSrc = asset('pdf.worker.min.mjs');

let worker: PDFWorker | null = null;

/**
 * Starts pdf.js's worker now, while the page is still loading or the reader is choosing a file:
 * reading its 1.2 MB of code is the longest step before a first page.
 */
export function startWorker(): PDFWorker {
  worker ??= PDFWorker.create({});
  return worker;
}

/**
 * Opens a PDF from the web or from bytes the reader chose. Everything pdf.js needs besides the
 * document comes from the extension itself, so the document is the only request it makes; it
 * never evaluates strings as code (extension pages forbid eval) and sends no cookies.
 */
export function openDocument(source: { url: string } | { data: Uint8Array }): PDFDocumentLoadingTask {
  return getDocument({
    ...source,
    worker: startWorker(),
    cMapUrl: asset('cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts/'),
    wasmUrl: asset('wasm/'),
    iccUrl: asset('iccs/'),
    isEvalSupported: false,
    enableXfa: false,
    withCredentials: false,
    stopAtErrors: false,
  });
}
