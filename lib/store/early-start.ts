import { worldSlot } from '../extension/world-slot';
import { testMark } from '../testing/test-build';
import { PAGE_START_KEYS, readPageStart, type PageStart, type PageStorage } from './page-start';

/**
 * The page's start-up read, begun early. A small script that runs as the top frame's document
 * starts (entrypoints/early.ts) reads what the page will need, above all the 300 kB of
 * matcher tables, which take 30–150 ms to arrive while a page loads, and parses them when they
 * arrive; the content script, which runs once the document is parsed, finds them ready. Both
 * scripts share the extension's isolated world, where the page cannot see this slot.
 */
const slot = worldSlot<EarlyStart>('__baylensEarlyStart');

interface EarlyStart {
  build: string;
  start: Promise<PageStart>;
  /** One of the items changed after the read began: the read may be out of date. */
  stale: boolean;
  stopWatching: () => void;
}

/** Begins the read (the early script), for the tables of this build. */
export function beginEarlyStart(store: PageStorage, build: string): void {
  const watch = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PAGE_START_KEYS.some((key) => key in changes)) early.stale = true;
  };
  const early: EarlyStart = {
    build,
    start: readPageStart(store, build),
    stale: false,
    stopWatching: () => store.onChanged.removeListener(watch),
  };
  // A failed read is the content script's to report, when it takes it.
  early.start.catch(() => undefined);
  store.onChanged.addListener(watch);
  slot.set(early);
  testMark('baylens:early-read');
}

/**
 * What the page starts from (the content script): the early read when there is one of this
 * build and nothing changed since it began, else a read now. Taken once; the caller watches for
 * changes from here on.
 */
export function takePageStart(store: PageStorage, build: string): Promise<PageStart> {
  const early = slot.take();
  early?.stopWatching();
  if (early && !early.stale && early.build === build) {
    testMark('baylens:early-read-taken');
    return early.start;
  }
  return readPageStart(store, build);
}
