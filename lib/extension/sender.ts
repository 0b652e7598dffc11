import type { Browser } from 'wxt/browser';

/**
 * True for a message from one of Baylens' own pages (side panel, popup, options): never a
 * content script, whose sender URL is the web page it runs in. The router refuses pages what
 * they may not ask at all (lib/protocol/api.ts); handlers use this where a page may ask less.
 */
export function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}
