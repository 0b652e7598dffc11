import { askTab } from '@/lib/extension/active-tab';
import { isReaderPage } from '@/lib/extension/reader-page';
import { settingsHandlers } from './settings';
import { onCommand } from './test-hooks';

/** Keyboard commands that act on the page in the active tab. */
export function listenForPageCommands(): void {
  onCommand(async (command, given) => {
    // The browser names the tab the command was pressed in; older versions do not.
    const tab = given ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    if (tab?.id === undefined) return;
    if (command === 'toggle-highlights') {
      // The tab's address comes with the access the shortcut grants; the page's content script
      // knows its host too.
      // In the Baylens reader the site is the PDF's, which the reader knows.
      const host = tab.url && !isReaderPage(tab.url) ? new URL(tab.url).hostname : (await askTab(tab.id, { type: 'page:hello' }))?.host;
      if (host) await settingsHandlers['settings:toggle']({ type: 'settings:toggle', host, everywhere: false }, {});
      return;
    }
    if (command === 'next-highlight' || command === 'previous-highlight') {
      // Pages where content scripts cannot run simply do not answer.
      await askTab(tab.id, { type: 'page:step', direction: command === 'next-highlight' ? 'next' : 'previous' });
    }
  });
}
