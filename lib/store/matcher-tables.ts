import type { MatcherData } from '../match/types';
import { MATCHER_BUILD_KEY, MATCHER_TABLES_KEY } from './page-items';

/**
 * The index's matcher tables in extension storage, written by the background once per build, so
 * a page reads them while it reads its settings, without waking the background. They are kept
 * as one JSON string: storage hands a string to a page several times faster than the same data
 * as an object. Stored with the fingerprint of the build that wrote them: a page of another
 * build (just after an update) does not take them, and asks the background instead. Writes
 * the tables unless this build's are already stored.
 */
export async function storeMatcherTables(build: string, data: MatcherData): Promise<void> {
  const stored = await browser.storage.local.get(MATCHER_BUILD_KEY);
  if (stored[MATCHER_BUILD_KEY] === build) return;
  await browser.storage.local.set({ [MATCHER_TABLES_KEY]: JSON.stringify(data), [MATCHER_BUILD_KEY]: build });
}
