import { useEffect, useMemo, useState } from 'preact/hooks';
import { send } from '@/lib/extension/send';
import { newestFirst } from '@/lib/snippets/library';
import type { Snippet } from '@/lib/snippets/schema';
import { readMonths, readShelves, watchLibrary, type LibraryChange, type ShelfContent } from '@/lib/store/snippets';

export interface LibraryState {
  /** Something to show: the newest shelves are read first. */
  loaded: boolean;
  /** Every shelf read: counts, filter lists and exports are whole. */
  complete: boolean;
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

/** Snippets enough to fill the panel before older months are read. */
const FIRST_VIEW = 40;

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
  const [complete, setComplete] = useState(false);

  useEffect(() => {
    let pending: LibraryChange[] | null = [];
    const stop = watchLibrary((change) => {
      if (pending) pending.push(change);
      else setShelves((current) => apply(current ?? new Map(), change));
    });
    (async () => {
      await send({ type: 'snippets:open' }).catch(() => undefined);
      const months = (await readMonths()).reverse();
      // The newest months first, so the reader sees the latest snippets at once in a large library.
      let first = 0;
      let read = new Map<string, ShelfContent>();
      while (first < months.length && [...read.values()].reduce((n, s) => n + s.snippets.length, 0) < FIRST_VIEW) {
        read = new Map([...read, ...(await readShelves(months.slice(first, first + 1)))]);
        first++;
      }
      if (first < months.length) {
        setShelves(read);
        read = new Map([...read, ...(await readShelves(months.slice(first)))]);
      }
      for (const change of pending ?? []) read = apply(read, change);
      pending = null;
      setShelves(read);
      setComplete(true);
    })().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return stop;
  }, []);

  return useMemo(() => {
    if (!shelves) return { loaded: false, complete: false, snippets: [], unreadable: 0, error };
    // Shelves are months: newest month first, each sorted, is the whole library sorted.
    const months = [...shelves.keys()].sort().reverse();
    const snippets = months.flatMap((m) => sorted(shelves.get(m)!));
    const unreadable = months.reduce((n, m) => n + shelves.get(m)!.unreadable, 0);
    return { loaded: true, complete, snippets, unreadable, error };
  }, [shelves, complete, error]);
}
