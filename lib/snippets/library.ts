import { snippetSchema, type Snippet } from './schema';

/**
 * The library is kept in month shelves ("2026-11"), by the month a snippet was saved (UTC), so
 * a save rewrites one month rather than everything the reader ever kept.
 */
export const MONTH = /^\d{4}-\d{2}$/;

/** The shelf of things that could not be read or dated: kept, never thrown away. */
export const UNDATED = '0000-00';

/** A snippet's shelf: UTC, so a snippet never moves shelf when the reader changes time zone. */
export function monthOf(savedAt: string): string {
  const date = new Date(savedAt);
  return Number.isNaN(date.getTime()) ? UNDATED : date.toISOString().slice(0, 7);
}

/** A shelf as stored: mostly snippets, but an item that fails validation stays as it was. */
export type Shelf = unknown[];

/** The id of a stored item, even one that fails validation, so writes can keep or drop it by id. */
export function idOf(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** The readable snippets of a shelf and how many items are not. */
export function readShelf(shelf: unknown): { snippets: Snippet[]; unreadable: number } {
  const items = Array.isArray(shelf) ? shelf : [];
  const snippets: Snippet[] = [];
  let unreadable = 0;
  for (const raw of items) {
    const parsed = snippetSchema.safeParse(raw);
    if (parsed.success) snippets.push(parsed.data);
    else unreadable++;
  }
  return { snippets, unreadable };
}

/** Two snippets are the same when they hold the same words from the same page. */
export function sameContent(a: Snippet, b: Snippet): boolean {
  return a.text === b.text && a.page.url === b.page.url;
}

/** Newest first; ties broken by id so the order is stable between reads. */
export function newestFirst(a: Snippet, b: Snippet): number {
  return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function lastChange(snippet: Snippet): string {
  return snippet.editedAt ?? snippet.savedAt;
}

export interface MergePlan {
  /** Snippets the library does not have. */
  added: Snippet[];
  /** Snippets the library has, but an older edit of. */
  updated: Snippet[];
  /** Snippets already in the library (by id, or the same words from the same page). */
  unchanged: number;
}

/** What merging an import into the library does: nothing is duplicated, the newer edit wins. */
export function planMerge(existing: readonly Snippet[], incoming: readonly Snippet[]): MergePlan {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const byContent = new Set(existing.map((s) => `${s.page.url}\n${s.text}`));
  const plan: MergePlan = { added: [], updated: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const snippet of incoming) {
    const key = `${snippet.page.url}\n${snippet.text}`;
    if (seen.has(snippet.id) || seen.has(key)) {
      plan.unchanged++;
      continue;
    }
    seen.add(snippet.id);
    seen.add(key);
    const mine = byId.get(snippet.id);
    if (mine) {
      const newer = lastChange(snippet) > lastChange(mine);
      const differs = mine.note !== snippet.note || mine.tags.join('\n') !== snippet.tags.join('\n');
      if (newer && differs) plan.updated.push({ ...mine, note: snippet.note, tags: snippet.tags, editedAt: snippet.editedAt });
      else plan.unchanged++;
    } else if (byContent.has(key)) {
      plan.unchanged++;
    } else {
      plan.added.push(snippet);
    }
  }
  return plan;
}
