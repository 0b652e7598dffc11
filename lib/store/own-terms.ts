import { storage } from 'wxt/utils/storage';
import { OWN_TERMS_VERSION, ownTermSchema, type OwnTerm } from '../own-terms/schema';

/**
 * The reader's own terms in extension storage, one key with a schema version. Any context may
 * read; only the background writes (own-terms-writer.ts).
 */
export const OWN_TERMS_KEY = 'local:ownTerms' as const;

export interface OwnTermsContent {
  terms: OwnTerm[];
  /** Stored items that fail validation: kept in storage untouched, and counted. */
  unreadable: unknown[];
}

/** The stored value, checked item by item: a damaged item is set aside, never dropped. */
export function readOwnTermsValue(value: unknown): OwnTermsContent {
  const items =
    value && typeof value === 'object' && Array.isArray((value as { terms?: unknown }).terms) ? (value as { terms: unknown[] }).terms : [];
  const terms: OwnTerm[] = [];
  const unreadable: unknown[] = [];
  for (const raw of items) {
    const parsed = ownTermSchema.safeParse(raw);
    if (parsed.success) terms.push(parsed.data);
    else unreadable.push(raw);
  }
  return { terms, unreadable };
}

/** The versioned item. Version 1 is the first layout; a later layout adds its migration here. */
export const ownTermsItem = storage.defineItem<{ terms: unknown[] }>(OWN_TERMS_KEY, {
  fallback: { terms: [] },
  version: OWN_TERMS_VERSION,
});

export async function readOwnTerms(): Promise<OwnTermsContent> {
  return readOwnTermsValue(await ownTermsItem.getValue());
}
