import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { MONTH, newestFirst, readShelf } from '../snippets/library';
import type { Snippet } from '../snippets/schema';

/**
 * The library in extension storage. `local:snippets` lists the month shelves (and carries the
 * schema version); each shelf is its own key. Any context may read; only the background
 * writes (lib/store/snippets-writer.ts).
 */
export const LIBRARY_KEY = 'local:snippets' as const;
export const SHELF_PREFIX = 'snippets-';

/** The storage key of a month's shelf. */
export function shelfKey(month: string): `local:${string}` {
  return `local:${SHELF_PREFIX}${month}`;
}

/** The value under `local:snippets` from schema version 2 on: the months that have a shelf. */
export const manifestSchema = z.object({ months: z.array(z.string().regex(MONTH)) });
export type Manifest = z.infer<typeof manifestSchema>;

export interface ShelfContent {
  snippets: Snippet[];
  unreadable: number;
}

/** The month shelves the library lists; empty for a new or unreadable manifest. */
export async function readMonths(): Promise<string[]> {
  const parsed = manifestSchema.safeParse(await storage.getItem(LIBRARY_KEY));
  return parsed.success ? parsed.data.months : [];
}

/** The given shelves, validated item by item. */
export async function readShelves(months: readonly string[]): Promise<Map<string, ShelfContent>> {
  const values = await storage.getItems(months.map(shelfKey));
  return new Map(months.map((month, i) => [month, readShelf(values[i]?.value)]));
}

/** Every readable snippet, newest first, and how many stored items could not be read. */
export async function readLibrary(): Promise<{ snippets: Snippet[]; unreadable: number }> {
  const shelves = await readShelves(await readMonths());
  const snippets = [...shelves.values()].flatMap((s) => s.snippets).sort(newestFirst);
  const unreadable = [...shelves.values()].reduce((n, s) => n + s.unreadable, 0);
  return { snippets, unreadable };
}

export interface LibraryChange {
  /** The new list of shelves, when it changed. */
  months?: string[];
  /** Shelves whose content changed, read from the change itself. */
  shelves: Map<string, ShelfContent>;
}

/**
 * Calls back with what changed whenever the background writes: only the shelves it touched,
 * so a save in a library of thousands costs the panel one month, not everything.
 */
export function watchLibrary(callback: (change: LibraryChange) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const change: LibraryChange = { shelves: new Map() };
    for (const [key, { newValue }] of Object.entries(changes)) {
      if (key === 'snippets') {
        const parsed = manifestSchema.safeParse(newValue);
        change.months = parsed.success ? parsed.data.months : [];
      } else if (key.startsWith(SHELF_PREFIX)) {
        change.shelves.set(key.slice(SHELF_PREFIX.length), readShelf(newValue));
      }
    }
    if (change.months || change.shelves.size > 0) callback(change);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
