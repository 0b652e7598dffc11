import type { Browser } from 'wxt/browser';
import { requestSchema, type Reply, type Request, type RequestOf } from '@/lib/protocol';
import { PAGE_REQUESTS, type ReplyOf, type RequestType } from '@/lib/protocol/api';

type Sender = Browser.runtime.MessageSender;

/** A handler per request type; each must answer what lib/protocol/api.ts says it answers. */
export type Handlers<T extends RequestType> = {
  [K in T]: (request: RequestOf<K>, sender: Sender) => ReplyOf<K> | Promise<ReplyOf<K>>;
};

/**
 * Who may ask for what. Only this extension's contexts are heard at all; a content script
 * (it has a tab and is not one of our own pages) runs inside a web page's process and may
 * send only what a page needs.
 */
export function refusal(type: RequestType, sender: Sender): string | null {
  if (sender.id !== browser.runtime.id) return 'refused: not from this extension';
  const ownPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
  if (sender.tab && !ownPage && !PAGE_REQUESTS.has(type)) return `refused: a web page may not send ${type}`;
  return null;
}

/**
 * Parses every incoming message with zod and checks its sender before any handler sees it; a
 * message that does not fit is refused with a reason (and logged) instead of being acted on.
 */
export function listen(handlers: Handlers<RequestType>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const parsed = requestSchema.safeParse(raw);
    const refused = parsed.success ? refusal(parsed.data.type, sender) : `refused: ${parsed.error.issues[0]?.message ?? 'bad message'}`;
    if (refused || !parsed.success) {
      console.warn(`Baylens ${refused}`, sender.url ?? '');
      return Promise.resolve<Reply<never>>({ ok: false, error: refused ?? 'refused' });
    }
    const request = parsed.data;
    const handler = handlers[request.type] as (r: Request, s: Sender) => unknown;
    // Called at once, not in a later microtask: some APIs (opening the side panel) work only
    // while the reader's click that sent the message is still being handled.
    let result: unknown;
    try {
      result = handler(request, sender);
    } catch (error) {
      result = Promise.reject(error);
    }
    return Promise.resolve(result).then(
      (value): Reply<unknown> => ({ ok: true, value }),
      (error: unknown): Reply<never> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
