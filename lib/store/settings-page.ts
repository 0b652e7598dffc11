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
