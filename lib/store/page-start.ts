import type { MatcherData } from '../match/types';
import { parseSettings, type Settings } from '../protocol/settings';
import { MATCHER_BUILD_KEY, MATCHER_TABLES_KEY, matcherTablesIn } from './matcher-tables';
import { OWN_TERMS_KEY, ownTermsIn } from './own-terms-page';
import { PAGE_SETTINGS_KEY } from './settings-page';

/** What a page's content script needs from storage before it highlights anything. */
export interface PageStart {
  settings: Settings;
  /** The matcher's tables if this build wrote them, else null (the page asks the background). */
  tables: MatcherData | null;
  /** Whether the reader has own terms (their tables come from the background). */
  ownTerms: boolean;
}

/** Every storage item a page starts from, read in one go: one round trip, not three. */
export const PAGE_START_KEYS = [PAGE_SETTINGS_KEY, MATCHER_BUILD_KEY, MATCHER_TABLES_KEY, OWN_TERMS_KEY] as const;

/** Reads what a page starts from; tables of another build than `build` are not taken. */
export async function readPageStart(build: string): Promise<PageStart> {
  const got = await browser.storage.local.get([...PAGE_START_KEYS]);
  return { settings: parseSettings(got[PAGE_SETTINGS_KEY]), tables: matcherTablesIn(got, build), ownTerms: ownTermsIn(got) };
}
