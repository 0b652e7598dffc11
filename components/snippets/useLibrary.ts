import { useEffect, useMemo, useState } from 'preact/hooks';
import { send } from '@/lib/extension/send';
import { newestFirst } from '@/lib/snippets/library';
import type { Snippet } from '@/lib/snippets/schema';
import { readMonths, readShelves, watchLibrary, type LibraryChange, type ShelfContent } from '@/lib/store/snippets';

export interface LibraryState {
  loaded: boolean;
  /** Newest first. */
  snippets: Snippet[];
  /** Stored items that fail validation: kept in storage, counted here. */
  unreadable: number;
  error?: string;
}

const sortedShelves = new WeakMap<ShelfContent, Snippet[]>();

/** A shelf's snippets, newest first, sorted once per stored version of the shelf. */
function sorted(shelf: ShelfContent): Snippet[] {
  let list = sortedShelves.get(shelf);
  if (!list) sortedShelves.set(shelf, (list = [...shelf.snippets].sort(newestFirst)));
  return list;
}

function apply(shelves: Map<string, ShelfContent>, change: LibraryChange): Map<string, ShelfContent> {
  const next = new Map(shelves);
  for (const [month, content] of change.shelves) next.set(month, content);
  if (change.months) for (const month of next.keys()) if (!change.months.includes(month)) next.delete(month);
  return next;
}

/**
 * The library, kept current: read once (after the background has migrated it, if an update
 * needed that), then changed shelf by shelf as the background writes.
 */
export function useLibrary(): LibraryState {
  const [shelves, setShelves] = useState<Map<string, ShelfContent> | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let pending: LibraryChange[] | null = [];
    const stop = watchLibrary((change) => {
      if (pending) pending.push(change);
      else setShelves((current) => apply(current ?? new Map(), change));
    });
    (async () => {
      await send({ type: 'snippets:open' }).catch(() => undefined);
      let read = await readShelves(await readMonths());
      for (const change of pending ?? []) read = apply(read, change);
      pending = null;
      setShelves(read);
    })().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return stop;
  }, []);

  return useMemo(() => {
    if (!shelves) return { loaded: false, snippets: [], unreadable: 0, error };
    // Shelves are months: newest month first, each sorted, is the whole library sorted.
    const months = [...shelves.keys()].sort().reverse();
    const snippets = months.flatMap((m) => sorted(shelves.get(m)!));
    const unreadable = months.reduce((n, m) => n + shelves.get(m)!.unreadable, 0);
    return { loaded: true, snippets, unreadable, error };
  }, [shelves, error]);
}
