import type { Browser } from 'wxt/browser';
import type { MatcherData } from '../match/types';
import { parseSettings, type Settings } from '../protocol/settings';
import { testMark } from '../testing/test-build';
import { MATCHER_BUILD_KEY, MATCHER_TABLES_KEY, OWN_TERMS_KEY, PAGE_SETTINGS_KEY, matcherTablesIn, ownTermsIn } from './page-items';

/**
 * The part of the storage API a page starts from, passed in: the content script gives the
 * extension's `browser.storage`; the early script, which runs in every page as it starts, the
 * browser's own, without the API wrapper every other script carries.
 */
export interface PageStorage {
  local: Pick<Browser.storage.StorageArea, 'get'>;
  onChanged: Pick<typeof Browser.storage.onChanged, 'addListener' | 'removeListener'>;
}

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
export async function readPageStart(store: PageStorage, build: string): Promise<PageStart> {
  const got = await store.local.get([...PAGE_START_KEYS]);
  // Test build: when the browser's answer arrived, so the start-up benchmark can tell waiting for it from work.
  testMark('baylens:start-read-in');
  return { settings: parseSettings(got[PAGE_SETTINGS_KEY]), tables: matcherTablesIn(got, build), ownTerms: ownTermsIn(got) };
}
