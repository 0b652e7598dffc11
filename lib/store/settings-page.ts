import { parseSettings, type Settings } from '../protocol/settings';
import { PAGE_SETTINGS_KEY } from './page-items';

/**
 * The settings as a page's content script reads them: straight from extension storage, without
 * the storage library the extension's own pages use (it would weigh on every page's load).
 */
export async function readPageSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(PAGE_SETTINGS_KEY);
  return parseSettings(got[PAGE_SETTINGS_KEY]);
}

/**
 * Calls back whenever the settings change. The change's value is not passed on: news of changes
 * can arrive late, so a page reads the settings again (see SettingsFollower).
 */
export function watchPageSettings(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PAGE_SETTINGS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
