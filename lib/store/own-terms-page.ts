/**
 * Whether the reader has own terms, as a page's content script asks it: one storage read of the
 * raw item (see own-terms.ts, `local:ownTerms`), without the storage library or the schema.
 */
export const OWN_TERMS_KEY = 'ownTerms';

export async function hasOwnTerms(): Promise<boolean> {
  return ownTermsIn(await browser.storage.local.get(OWN_TERMS_KEY));
}

/** Whether a storage read that included the own-terms item found any. */
export function ownTermsIn(got: Record<string, unknown>): boolean {
  const value = got[OWN_TERMS_KEY] as { terms?: unknown } | undefined;
  return Array.isArray(value?.terms) && value.terms.length > 0;
}
