import { readerQuery, type ReaderAddress } from '../pdf/address';

const READER_PATH = '/pdf.html';

/** The Baylens reader's address for a PDF, a page in it and a passage to mark. */
export function readerUrl(address: ReaderAddress): string {
  return `${browser.runtime.getURL(READER_PATH)}${readerQuery(address)}`;
}

/** Whether a message or tab comes from the Baylens reader page itself. */
export function isReaderPage(url: string | undefined): boolean {
  if (!url) return false;
  const base = browser.runtime.getURL(READER_PATH);
  return url === base || url.startsWith(`${base}?`) || url.startsWith(`${base}#`);
}
