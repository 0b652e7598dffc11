import { browser } from 'wxt/browser';
import { answerRequests } from '@/lib/extension/answer-requests';
import { send } from '@/lib/extension/send';
import { parsePageRequest, type PageHello } from '@/lib/protocol/page';

/**
 * The browser's own PDF viewer has no text to mark: the top frame answers the popup's greeting
 * (so it can offer the Baylens reader) and tells the background, which opens the reader at
 * once if the reader chose so.
 */
export function greetPdfViewer(): void {
  const hello: PageHello = { host: location.hostname, url: location.href, title: document.title, pdf: true };
  answerRequests(browser.runtime, (raw, sender) =>
    sender.id === browser.runtime.id && parsePageRequest(raw)?.type === 'page:hello' ? Promise.resolve(hello) : undefined,
  );
  void send({ type: 'reader:pdf-shown' }).catch(() => undefined);
}
