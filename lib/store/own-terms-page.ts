import { OWN_TERMS_KEY, ownTermsIn } from './page-items';

/**
 * Whether the reader has own terms, as a page's content script asks it: one storage read of the
 * raw item (see own-terms.ts, `local:ownTerms`), without the storage library or the schema.
 */
export async function hasOwnTerms(): Promise<boolean> {
  return ownTermsIn(await browser.storage.local.get(OWN_TERMS_KEY));
}
