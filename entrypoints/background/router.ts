import type { Browser } from 'wxt/browser';
import { requestSchema, type Reply, type Request, type RequestOf } from '@/lib/protocol';

type Sender = Browser.runtime.MessageSender;

/** A handler per request type; each feature contributes its own, the router joins them. */
export type Handlers<T extends Request['type']> = {
  [K in T]: (request: RequestOf<K>, sender: Sender) => unknown;
};

/**
 * Parses every incoming message with zod before any handler sees it; a message that does
 * not fit is refused with a reason instead of being acted on.
 */
export function listen(handlers: Handlers<Request['type']>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) {
      return Promise.resolve<Reply<never>>({ ok: false, error: `refused: ${parsed.error.issues[0]?.message ?? 'bad message'}` });
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
    return Promise.resolve(result)
      .then(
        (value): Reply<unknown> => ({ ok: true, value }),
        (error: unknown): Reply<never> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  });
}
