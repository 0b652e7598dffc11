import { storage } from 'wxt/utils/storage';
import { monthOf, newestFirst, UNDATED, type Shelf } from '../snippets/library';
import { migrateV1 } from '../snippets/migrations';
import { SNIPPET_SCHEMA_VERSION } from '../snippets/schema';
import { LIBRARY_KEY, manifestSchema, shelfKey, type Manifest } from './snippets';

/** Version 1 kept every snippet under `local:snippets`; version 2 moves them onto month shelves. */
async function toMonthShelves(value: unknown): Promise<Manifest> {
  const already = manifestSchema.safeParse(value);
  if (already.success) return already.data; // the version mark was lost, not the layout
  const { snippets, unreadable } = migrateV1(value);
  const shelves = new Map<string, Shelf>();
  for (const snippet of snippets.sort(newestFirst).reverse()) {
    const month = monthOf(snippet.savedAt);
    shelves.set(month, [...(shelves.get(month) ?? []), snippet]);
  }
  if (unreadable.length > 0) shelves.set(UNDATED, unreadable);
  await storage.setItems([...shelves].map(([month, shelf]) => ({ key: shelfKey(month), value: shelf })));
  return { months: [...shelves.keys()].sort() };
}

/**
 * The versioned entry point of the library. Defined only in the background: WXT runs
 * migrations wherever an item is defined, and a second context migrating would be a second
 * writer.
 */
export const libraryItem = storage.defineItem<unknown, { v?: number }>(LIBRARY_KEY, {
  fallback: { months: [] },
  version: SNIPPET_SCHEMA_VERSION,
  migrations: { 2: toMonthShelves },
});
