import { activeTab, askTab } from './active-tab';
import type { PageHello } from '../protocol/page';
import { looksLikePdf } from '../pdf/address';

const RETRY_MS = 300;
/** How long to wait for a page that is still loading before calling it unreadable. */
const LOADING_LIMIT_MS = 15_000;

/**
 * The active tab and its content script's greeting. A page still loading (or whose script
 * is a moment from listening) is asked again; a browser page never answers, and after one
 * retry it is given up: null page.
 */
export async function greetActiveTab(): Promise<{ id: number; page: PageHello | null; url?: string } | null> {
  const active = await activeTab();
  if (!active || active.page || (active.url && looksLikePdf(active.url))) return active;
  const started = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    const page = await askTab(active.id, { type: 'page:hello' });
    if (page) return { ...active, page };
    const tab = await browser.tabs.get(active.id).catch(() => null);
    if (tab?.status !== 'loading' || Date.now() - started > LOADING_LIMIT_MS) return { ...active, page: null };
  }
}
