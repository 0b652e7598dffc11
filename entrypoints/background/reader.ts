import { askToReadSite, isReaderPage, readerUrl } from '@/lib/extension/reader-page';
import { isReadableUrl } from '@/lib/pdf/address';
import { readSettings } from '@/lib/store/settings';
import type { Handlers } from './router';
import { onMenuClicked } from './test-hooks';

const LINK_MENU_ID = 'baylens-open-pdf';

/** The browser showed a PDF in a tab: with the reader's choice made, the Baylens reader shows it instead. */
export const readerHandlers: Handlers<'reader:pdf-shown'> = {
  'reader:pdf-shown': async (_request, sender) => {
    const tab = sender.tab;
    // Only the tab's own page, never a frame: a page cannot send its tab elsewhere.
    if (tab?.id === undefined || sender.frameId !== 0 || !sender.url || !isReadableUrl(sender.url) || isReaderPage(sender.url))
      return { opened: false };
    if (!(await readSettings()).openPdfsInReader) return { opened: false };
    await browser.tabs.update(tab.id, { url: readerUrl({ src: sender.url }) });
    return { opened: true };
  },
};

/** "Open PDF in Baylens reader" on links to PDF files. */
export function listenForPdfLinks(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      {
        id: LINK_MENU_ID,
        title: 'Open PDF in Baylens reader',
        contexts: ['link'],
        targetUrlPatterns: ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.pdf#*', '*://*/*.PDF', '*://*/*.PDF?*'],
      },
      () => void browser.runtime.lastError,
    );
  });
  onMenuClicked((info, tab) => {
    if (info.menuItemId !== LINK_MENU_ID || !info.linkUrl || !isReadableUrl(info.linkUrl)) return;
    askToReadSite(info.linkUrl);
    void openInReader(info.linkUrl, tab?.index);
  });
}

/** Opens a PDF in the reader in a new tab, after the one it was found in. */
export async function openInReader(url: string, afterIndex?: number): Promise<void> {
  await browser.tabs.create({ url: readerUrl({ src: url }), ...(afterIndex !== undefined ? { index: afterIndex + 1 } : {}) });
}
