import { storage } from 'wxt/utils/storage';
import { WriteQueue } from '../snippets/queue';
import {
  HISTORY_VERSION,
  recordVisit,
  seenOf,
  latestVisitTo,
  countVisits,
  visitSchema,
  type Seen,
  type Shelves,
  type Visit,
} from '../history/visits';

/**
 * The reading history in extension storage: `local:history` lists the shelves (and carries the
 * schema version), each shelf of up to 500 visits is its own key. Only the background reads
 * and writes it: pages ask the background, which answers only what they may know.
 */
export const HISTORY_KEY = 'local:history' as const;
const SHELF_PREFIX = 'history-';

function shelfKey(n: number): `local:${string}` {
  return `local:${SHELF_PREFIX}${n}`;
}

const manifestItem = storage.defineItem<{ shelves: number[] }>(HISTORY_KEY, {
  fallback: { shelves: [] },
  version: HISTORY_VERSION,
});

/** Visits of a stored shelf; a damaged visit is left out (the history is a convenience, not a record). */
function readShelf(value: unknown): Visit[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw) => {
    const parsed = visitSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The one reader and writer of the history, kept in memory once read. */
export class HistoryStore {
  private loaded: Promise<Shelves> | null = null;
  private readonly queue = new WriteQueue();

  /**
   * The history, read once and then kept in memory. The manifest is read again each time (it is
   * small): when storage was changed by anything else (cleared with the extension's data), the
   * copy in memory is dropped and read afresh.
   */
  private async load(): Promise<Shelves> {
    const manifest = await manifestItem.getValue();
    const order = Array.isArray(manifest?.shelves)
      ? manifest.shelves.filter((n) => Number.isInteger(n) && n >= 0).sort((a, b) => a - b)
      : [];
    const known = this.loaded && (await this.loaded);
    if (known && known.order.join() === order.join()) return known;
    this.loaded = (async () => {
      const values = await storage.getItems(order.map(shelfKey));
      return { order, shelves: new Map(order.map((n, i) => [n, readShelf(values[i]?.value)])) };
    })();
    return this.loaded;
  }

  record(visit: Visit): Promise<void> {
    return this.queue.run(async () => {
      const history = await this.load();
      const before = history.order.join();
      const change = recordVisit(history, visit);
      const items: { key: `local:${string}`; value: unknown }[] = change.written.map((n) => ({
        key: shelfKey(n),
        value: history.shelves.get(n),
      }));
      if (history.order.join() !== before) items.push({ key: HISTORY_KEY, value: { shelves: history.order } });
      await storage.setItems(items);
      if (change.removed.length) await storage.removeItems(change.removed.map(shelfKey));
    });
  }

  clear(): Promise<void> {
    return this.queue.run(async () => {
      const history = await this.load();
      const keys = history.order.map(shelfKey);
      history.order.length = 0;
      history.shelves.clear();
      await manifestItem.setValue({ shelves: [] });
      if (keys.length) await storage.removeItems(keys);
    });
  }

  async seen(id: string): Promise<Seen | null> {
    return seenOf(await this.load(), id);
  }

  /** Whether the newest visit to `url` met the entry: what a page may ask about. */
  async metOn(url: string, id: string): Promise<boolean> {
    return latestVisitTo(await this.load(), url)?.e.includes(id) ?? false;
  }

  /** How many visits are kept and their size in storage (-1 where the browser cannot say). */
  async stats(): Promise<{ visits: number; bytes: number }> {
    const history = await this.load();
    let bytes = -1;
    try {
      bytes = await browser.storage.local.getBytesInUse([
        HISTORY_KEY.slice('local:'.length),
        ...history.order.map((n) => `${SHELF_PREFIX}${n}`),
      ]);
    } catch {
      // Firefox before 131 has no getBytesInUse.
    }
    return { visits: countVisits(history), bytes };
  }

  /** Drops the copy in memory: the next request reads storage again. */
  forget(): void {
    this.loaded = null;
  }
}
