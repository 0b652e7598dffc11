import type { MatcherData } from '../match/types';

/**
 * The index's matcher tables in extension storage, written by the background once per build, so
 * a page reads them while it reads its settings, without waking the background. They are kept
 * as one JSON string: storage hands a string to a page several times faster than the same data
 * as an object. Stored with the fingerprint of the build that wrote them: a page of another
 * build (just after an update) does not take them, and asks the background instead.
 */
export const MATCHER_BUILD_KEY = 'matcherBuild';
export const MATCHER_TABLES_KEY = 'matcherTables';

/** Writes the tables unless this build's are already stored. */
export async function storeMatcherTables(build: string, data: MatcherData): Promise<void> {
  const stored = await browser.storage.local.get(MATCHER_BUILD_KEY);
  if (stored[MATCHER_BUILD_KEY] === build) return;
  await browser.storage.local.set({ [MATCHER_TABLES_KEY]: JSON.stringify(data), [MATCHER_BUILD_KEY]: build });
}

/**
 * The tables in a storage read that included both keys, if this build wrote them; else null
 * (the page asks the background). Pages read them with their settings (page-start.ts).
 */
export function matcherTablesIn(got: Record<string, unknown>, build: string): MatcherData | null {
  const text = got[MATCHER_TABLES_KEY];
  if (got[MATCHER_BUILD_KEY] !== build || typeof text !== 'string') return null;
  try {
    return JSON.parse(text) as MatcherData;
  } catch {
    return null;
  }
}
