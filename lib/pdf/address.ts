/**
 * What the reader page is asked to show: a PDF on the web (`src`), or a local file it has to be
 * given again (`src` is then `file:///name.pdf`); the page to open at; a passage to mark there.
 */
export interface ReaderAddress {
  src?: string;
  page?: number;
  mark?: string;
}

/** A passage is found by its start: enough words to be unique on a page, short enough for a URL. */
const MARK_CHARS = 160;

/** The reader's query string: ?src=…&page=…&mark=… */
export function readerQuery(address: ReaderAddress): string {
  const params = new URLSearchParams();
  if (address.src) params.set('src', address.src);
  if (address.page) params.set('page', String(address.page));
  if (address.mark) params.set('mark', address.mark.replace(/\s+/g, ' ').trim().slice(0, MARK_CHARS));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Reads an address back from the reader's own query string; what does not parse is left out. */
export function readReaderAddress(search: string): ReaderAddress {
  const params = new URLSearchParams(search);
  const address: ReaderAddress = {};
  const src = params.get('src');
  if (src && isReadableUrl(src)) address.src = src;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 0) address.page = page;
  const mark = params.get('mark')?.trim();
  if (mark) address.mark = mark;
  return address;
}

/** Only web and file addresses are opened: never `javascript:`, `data:` or another extension's page. */
export function isReadableUrl(value: string): boolean {
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Whether an address names a PDF by its path (…/report.pdf, …/report.PDF?download=1). */
export function looksLikePdf(url: string): boolean {
  try {
    const { protocol, pathname } = new URL(url);
    return ['http:', 'https:', 'file:'].includes(protocol) && /\.pdf$/i.test(pathname);
  } catch {
    return false;
  }
}

/**
 * The address a snippet from a local file keeps: its name only. The reader is never told the
 * folder a file came from, and nothing about the file leaves the machine.
 */
export function localFileUrl(name: string): string {
  return `file:///${encodeURIComponent(name)}`;
}

/** The file name at the end of an address, as a reader would call the document without a title. */
export function fileNameOf(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
    return decodeURIComponent(last);
  } catch {
    return '';
  }
}
