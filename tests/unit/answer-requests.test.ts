import { describe, expect, it } from 'vitest';
import { answerRequests, type Answer } from '../../lib/extension/answer-requests';

type Listener = (raw: unknown, sender: object, sendResponse: (reply?: unknown) => void) => boolean;

/** A runtime whose onMessage keeps its listeners, and a message sent through them as the browser does. */
function runtime() {
  const listeners = new Set<Listener>();
  const onMessage = {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
  };
  /** What each listener returned, and the reply sent, once a reply has come or none will. */
  const send = async (raw: unknown) => {
    const replies: unknown[] = [];
    const kept = [...listeners].map((l) => l(raw, { id: 'baylens' }, (reply) => replies.push(reply)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { kept, replies };
  };
  return { runtime: { onMessage } as unknown as Parameters<typeof answerRequests>[0], send, count: () => listeners.size };
}

describe('answering messages with the browser’s own API', () => {
  const answer: Answer = (raw) => {
    if (raw === 'hello') return Promise.resolve({ host: 'example.org' });
    if (raw === 'fails') return Promise.reject(new Error('no page'));
    return undefined;
  };

  it('sends the reply through sendResponse and keeps the channel open for it', async () => {
    const r = runtime();
    answerRequests(r.runtime, answer);
    expect(await r.send('hello')).toEqual({ kept: [true], replies: [{ host: 'example.org' }] });
  });

  it('leaves a message it does not answer to others: the channel is not kept and nothing is sent', async () => {
    const r = runtime();
    answerRequests(r.runtime, answer);
    expect(await r.send('someone else’s')).toEqual({ kept: [false], replies: [] });
  });

  it('sends no reply for an answer that fails, which the asker reads as nothing answering', async () => {
    const r = runtime();
    answerRequests(r.runtime, answer);
    expect(await r.send('fails')).toEqual({ kept: [true], replies: [undefined] });
  });

  it('stops answering when told to', () => {
    const r = runtime();
    const stop = answerRequests(r.runtime, answer);
    expect(r.count()).toBe(1);
    stop();
    expect(r.count()).toBe(0);
  });
});
