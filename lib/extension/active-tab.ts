import type { PageReplies } from '../protocol/api';
import type { PageRequest } from '../protocol/page';

export interface ActiveTab {
  id: number;
  /** Null where Baylens cannot run: browser pages, the web store, pages still loading. */
  page: PageReplies['page:hello'] | null;
  /** The tab's address, where the browser tells it (the popup's click grants that for the tab). */
  url?: string;
}

/** The tab the popup or panel is about, and what its content script says about itself. */
export async function activeTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  return { id: tab.id, page: await askTab(tab.id, { type: 'page:hello' }), ...(tab.url ? { url: tab.url } : {}) };
}

/**
 * Sends a request to a tab's content script (its top frame); null when nothing there answers.
 * The reply's type follows from the request's (lib/protocol/api.ts).
 */
export async function askTab<R extends PageRequest>(tabId: number, request: R): Promise<PageReplies[R['type']] | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as PageReplies[R['type']] | undefined;
    return reply ?? null;
  } catch {
    return null;
  }
}
