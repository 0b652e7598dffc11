import type { Browser } from 'wxt/browser';

/**
 * True for a message from one of Baylens' own pages (side panel, popup, options): never a
 * content script, whose sender URL is the web page it runs in. What changes the reader's own
 * terms or reads their history must come from here.
 */
export function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Throws the refusal the router sends back when a request is not from an extension page. */
export function requireExtensionPage(sender: Browser.runtime.MessageSender): void {
  if (!fromExtensionPage(sender)) throw new Error('refused: only Baylens’ own pages may do this');
}
