import type { MatcherData } from '../match/types';

/**
 * The storage items a page starts from, and how a page reads them out of a storage read. Kept
 * apart from the code that calls the extension API, so the early script, which brings none of
 * the extension's API wrapper, can read them too.
 */

/** The settings item (lib/store/settings.ts, `local:settings`); only the background writes it. */
export const PAGE_SETTINGS_KEY = 'settings';

/**
 * The index's matcher tables, written by the background once per build (matcher-tables.ts), and
 * the fingerprint of the build that wrote them.
 */
export const MATCHER_BUILD_KEY = 'matcherBuild';
export const MATCHER_TABLES_KEY = 'matcherTables';

/** The reader's own terms, as stored (see own-terms.ts, `local:ownTerms`). */
export const OWN_TERMS_KEY = 'ownTerms';

/**
 * The tables in a storage read that included both matcher keys, if this build wrote them; else
 * null (the page asks the background).
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

/** Whether a storage read that included the own-terms item found any. */
export function ownTermsIn(got: Record<string, unknown>): boolean {
  const value = got[OWN_TERMS_KEY] as { terms?: unknown } | undefined;
  return Array.isArray(value?.terms) && value.terms.length > 0;
}
