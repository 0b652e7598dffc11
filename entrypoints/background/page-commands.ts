import type { PageRequest } from '@/lib/protocol/page';
import { settingsHandlers } from './settings';

/** Keyboard commands that act on the page in the active tab. */
export function listenForPageCommands(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id || !tab.url) return;
    if (command === 'toggle-highlights') {
      const host = new URL(tab.url).hostname;
      if (host) await settingsHandlers['settings:toggle']({ type: 'settings:toggle', host, everywhere: false }, {});
      return;
    }
    if (command === 'next-highlight' || command === 'previous-highlight') {
      const request: PageRequest = { type: 'page:step', direction: command === 'next-highlight' ? 'next' : 'previous' };
      // Pages where content scripts cannot run simply do not answer.
      await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
    }
  });
}
