import { fromExtensionPage } from '@/lib/extension/sender';
import type { HistoryRequestType } from '@/lib/protocol/history';
import { highlightsOn } from '@/lib/protocol/settings';
import { HistoryStore } from '@/lib/store/history';
import { readSettings } from '@/lib/store/settings';
import type { Handlers } from './router';

/** The background's one reader and writer of the reading history. */
export const history = new HistoryStore();

/** The address a visit is recorded under: the page, without its fragment. */
function pageAddress(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return null;
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

export const historyHandlers: Handlers<HistoryRequestType> = {
  'history:visit': async ({ entries }, sender) => {
    const tab = sender.tab;
    // Only a page's top frame reports, and never from a private window.
    if (!tab || tab.incognito || sender.frameId !== 0 || entries.length === 0) return { recorded: false };
    const url = pageAddress(sender.url ?? tab.url);
    const settings = await readSettings();
    if (!url || !settings.history || !highlightsOn(settings, new URL(url).hostname)) return { recorded: false };
    await history.record({ u: url, t: (tab.title ?? '').slice(0, 1_000), a: Date.now(), e: [...new Set(entries)] });
    return { recorded: true };
  },
  'history:entry': async ({ id }, sender) => {
    if (!(await readSettings()).history) return null;
    if (!fromExtensionPage(sender)) {
      // A page learns the history only of an entry it named itself, as its last recorded visit shows.
      const url = pageAddress(sender.tab?.url);
      if (!url || sender.tab?.incognito || !(await history.metOn(url, id))) return null;
    }
    return history.seen(id);
  },
  'history:stats': async () => {
    return history.stats();
  },
  'history:clear': async () => {
    await history.clear();
    return history.stats();
  },
};
