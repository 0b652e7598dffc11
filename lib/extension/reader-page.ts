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

/**
 * Asks for permission to read PDFs from a site, while the reader's click still counts (the
 * browser allows the question only then). Not awaited by the callers: the reader opens at once,
 * and opens the document as soon as the permission is given.
 */
export function askToReadSite(src: string): void {
  const { origin, protocol } = new URL(src);
  if (protocol === 'http:' || protocol === 'https:') void browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
}

/** Shows a PDF in the Baylens reader in the tab it was in. */
export async function openReaderInTab(tabId: number, src: string): Promise<void> {
  askToReadSite(src);
  await browser.tabs.update(tabId, { url: readerUrl({ src }) });
}
