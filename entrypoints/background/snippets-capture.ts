import type { Browser } from 'wxt/browser';
import type { PageReplies } from '@/lib/protocol/api';
import type { Capture } from '@/lib/snippets/create';
import { readSelection } from '@/lib/page/selection';

type Answer = PageReplies['page:selection'] | undefined;

const ask = (tabId: number, always: boolean, options: Browser.tabs.MessageSendOptions) =>
  browser.tabs.sendMessage(tabId, { type: 'page:selection', always }, options) as Promise<Answer>;

/**
 * The selection in a tab. Baylens' content script reads it: the frame the context menu was
 * opened in (`frameId`), or else the top frame and then any frame that has one. Where no
 * content script runs (a page open before Baylens was installed, a frame it skipped) it is
 * read with the access the reader's click or shortcut grants (activeTab).
 */
export async function captureFromTab(tabId: number, frameId?: number): Promise<Capture | null> {
  try {
    const answer = await ask(tabId, true, { frameId: frameId ?? 0 });
    if (answer === undefined) throw new Error('no content script');
    if (answer?.text.trim() || frameId !== undefined) return answer;
    return (await ask(tabId, false, {}).catch(() => null)) ?? null;
  } catch {
    const target = frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
    const results = await browser.scripting.executeScript({ target, func: readSelection, args: [400] });
    for (const result of results) {
      const capture = result.result as Capture | null | undefined;
      if (capture?.text.trim()) return capture;
    }
    return null;
  }
}
