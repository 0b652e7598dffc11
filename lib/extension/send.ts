import type { Reply, Request } from '../protocol';
import { t } from './i18n';

/** Sends a request to the background and unwraps its reply, throwing a refusal as an error. */
export async function send<T>(request: Request): Promise<T> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new Error(t('errorNoAnswer'));
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
