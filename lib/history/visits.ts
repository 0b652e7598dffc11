import { z } from 'zod';

/** How many page visits the history keeps: the oldest go first. */
export const HISTORY_CAP = 5_000;
/** Visits per storage key: a new visit rewrites one small shelf, not the whole history. */
export const SHELF_SIZE = 500;
/** The stored version of the history. */
export const HISTORY_VERSION = 1;

/**
 * One page visit, in short field names (5,000 of them are stored): the address and title as
 * the browser reported them, when (epoch ms), and the ids of the entries (and own terms) met.
 */
export const visitSchema = z.object({
  u: z.string().max(8_192),
  t: z.string().max(1_000),
  a: z.number().int().nonnegative(),
  e: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(5_000),
});
export type Visit = z.infer<typeof visitSchema>;

/** The history as the writer keeps it: shelves in order, oldest first, each a list of visits. */
export interface Shelves {
  /** Shelf numbers, ascending: the oldest first. */
  order: number[];
  shelves: Map<number, Visit[]>;
}

/** Which shelves a change rewrote and which it emptied. */
export interface ShelfChange {
  written: number[];
  removed: number[];
}

/**
 * Records a visit: a reload of the newest page merges into it (its entries joined, its time
 * renewed); anything else is appended to the newest shelf, a full shelf starts a new one, and
 * the oldest visits go once there are more than `cap`.
 */
export function recordVisit(history: Shelves, visit: Visit, cap = HISTORY_CAP, shelfSize = SHELF_SIZE): ShelfChange {
  const written = new Set<number>();
  const removed: number[] = [];
  const newestNumber = history.order[history.order.length - 1];
  const newest = newestNumber === undefined ? undefined : history.shelves.get(newestNumber)!;
  const last = newest?.[newest.length - 1];
  if (last && last.u === visit.u) {
    newest![newest!.length - 1] = { ...last, t: visit.t || last.t, a: visit.a, e: [...new Set([...last.e, ...visit.e])] };
    return { written: [newestNumber!], removed };
  }
  let target = newestNumber;
  if (target === undefined || newest!.length >= shelfSize) {
    target = (newestNumber ?? -1) + 1;
    history.order.push(target);
    history.shelves.set(target, []);
  }
  history.shelves.get(target)!.push(visit);
  written.add(target);
  let total = countVisits(history);
  while (total > cap) {
    const oldest = history.order[0]!;
    const shelf = history.shelves.get(oldest)!;
    const drop = Math.min(shelf.length, total - cap);
    shelf.splice(0, drop);
    total -= drop;
    if (shelf.length === 0) {
      history.order.shift();
      history.shelves.delete(oldest);
      written.delete(oldest);
      removed.push(oldest);
    } else {
      written.add(oldest);
    }
  }
  return { written: [...written], removed };
}

export function countVisits(history: Shelves): number {
  let n = 0;
  for (const shelf of history.shelves.values()) n += shelf.length;
  return n;
}

/** What the card and the popup say about an entry: on how many pages, when last, and where. */
export interface Seen {
  /** Distinct pages (addresses) where the entry was met. */
  pages: number;
  /** The newest visit's time (epoch ms). */
  last: number;
  /** The last few pages, newest first, each once. */
  recent: { url: string; title: string; at: number }[];
}

/** Where an entry was met, newest first; null when never. */
export function seenOf(history: Shelves, id: string, recentLimit = 5): Seen | null {
  const pages = new Set<string>();
  const recent: Seen['recent'] = [];
  let last = 0;
  for (let s = history.order.length - 1; s >= 0; s--) {
    const shelf = history.shelves.get(history.order[s]!)!;
    for (let i = shelf.length - 1; i >= 0; i--) {
      const visit = shelf[i]!;
      if (!visit.e.includes(id)) continue;
      if (pages.size === 0) last = visit.a;
      if (!pages.has(visit.u) && recent.length < recentLimit) recent.push({ url: visit.u, title: visit.t, at: visit.a });
      pages.add(visit.u);
    }
  }
  return pages.size ? { pages: pages.size, last, recent } : null;
}

/** The newest visit to an address, if the history holds one. */
export function latestVisitTo(history: Shelves, url: string): Visit | null {
  for (let s = history.order.length - 1; s >= 0; s--) {
    const shelf = history.shelves.get(history.order[s]!)!;
    for (let i = shelf.length - 1; i >= 0; i--) if (shelf[i]!.u === url) return shelf[i]!;
  }
  return null;
}
