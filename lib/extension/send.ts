import type { Reply, RequestInput } from '../protocol';
import type { ReplyOf } from '../protocol/api';

/**
 * Sends a request to the background and unwraps its reply, throwing a refusal as an error.
 * The reply's type follows from the request's (lib/protocol/api.ts).
 */
export async function send<R extends RequestInput>(request: R): Promise<ReplyOf<R['type']>> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<ReplyOf<R['type']>> | undefined;
  if (!reply) throw new Error('The extension did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
