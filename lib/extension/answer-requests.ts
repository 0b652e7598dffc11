import type { Browser } from 'wxt/browser';

/** What a listener gives for a message: a reply to come, or undefined to leave it to another frame or script. */
export type Answer = (raw: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined;

/**
 * Answers the extension's messages in a script that uses the browser's own API (the content
 * script): the reply goes through `sendResponse`, kept open by returning true, which Chromium and
 * Firefox both honour; a listener returning a promise is the polyfill's way and only newer
 * browsers'. A reply that fails is sent as no reply, which the asker reads as nothing answering.
 * Returns the function that stops answering.
 */
export function answerRequests(runtime: Pick<typeof Browser.runtime, 'onMessage'>, answer: Answer): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply?: unknown) => void): boolean => {
    const reply = answer(raw, sender);
    if (!reply) return false;
    reply.then(
      (value) => sendResponse(value),
      () => sendResponse(undefined),
    );
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
