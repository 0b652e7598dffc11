/**
 * Whether the reader has own terms, as a page's content script asks it: one storage read of the
 * raw item (see own-terms.ts, `local:ownTerms`), without the storage library or the schema.
 */
const KEY = 'ownTerms';

export async function hasOwnTerms(): Promise<boolean> {
  const got = await browser.storage.local.get(KEY);
  const value = got[KEY] as { terms?: unknown } | undefined;
  return Array.isArray(value?.terms) && value.terms.length > 0;
}
