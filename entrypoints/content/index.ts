import '@/lib/testing/script-start';
import type { Browser } from 'wxt/browser';
import { send } from '@/lib/extension/send';
import { parsePageRequest, type PageHello } from '@/lib/protocol/page';
import { worthReading } from '@/lib/page/worth-reading';
import './highlights.css';
import 'virtual:baylens/default-look.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  // No message on the page's window announcing the script (WXT's default): the page need not know.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The browser's own PDF viewer has no text to mark: the popup offers the Baylens reader, and
    // the background opens it at once if the reader chose so.
    if (document.contentType === 'application/pdf') {
      if (window !== window.top) return;
      const hello: PageHello = { host: location.hostname, url: location.href, title: document.title, pdf: true };
      browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) =>
        sender.id === browser.runtime.id && parsePageRequest(raw)?.type === 'page:hello' ? Promise.resolve(hello) : undefined,
      );
      void send({ type: 'reader:pdf-shown' }).catch(() => undefined);
      return;
    }
    // Most frames stop here (ad slots, about:blank, hidden and textless frames): everything else
    // (the matcher, the controller, the card and Preact) is evaluated only past this check.
    if (!('highlights' in CSS) || !worthReading(document)) return;
    const { startPage } = await import('./start-page');
    await startPage(ctx);
  },
});
