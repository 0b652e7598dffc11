import type { EntryKind } from '../match/kinds';

/** A highlight per entry kind, one for the reader's own terms, one for figures that agree, one
 * for those that differ, and one for the occurrence the reader stepped to. */
export type HighlightKind = EntryKind | 'own' | 'figure' | 'mismatch' | 'current';

export const HIGHLIGHT_PREFIX = 'baylens-';

/**
 * One CSS Custom Highlight per kind, registered under `baylens-<kind>`: the page's DOM is
 * never touched, and the page's own text stays exactly as it was.
 *
 * New ranges wait in a buffer until `flush`: every change to a registered highlight costs a
 * repaint of all its ranges, so adding 50,000 ranges slice by slice takes seconds, while
 * adding them in a few batches takes a fraction of one.
 */
export class PageHighlights {
  private readonly byKind = new Map<HighlightKind, Highlight>();
  private readonly pending = new Map<HighlightKind, Set<Range>>();
  private readonly registry: HighlightRegistry;
  private registered = 0;
  private waiting = 0;
  private hidden = new Set<HighlightKind>();

  constructor(registry: HighlightRegistry = CSS.highlights) {
    this.registry = registry;
  }

  add(kind: HighlightKind, range: Range): void {
    const waiting = this.pending.get(kind);
    if (waiting) waiting.add(range);
    else this.pending.set(kind, new Set([range]));
    this.waiting++;
  }

  /**
   * Whether a flush now is worth its cost. Chromium revalidates every registered range when a
   * highlight changes, so flushing a few ranges onto a page that already shows 50,000 costs as
   * much as flushing 50,000: batches grow with what is shown (at least half as many new ranges
   * as are registered), which keeps the total work near twice the ranges and early highlights quick.
   */
  get worthFlushing(): boolean {
    return this.waiting > 0 && this.waiting >= this.registered / 2;
  }

  /** Registers every buffered range: one repaint for all of them. */
  flush(): void {
    for (const [kind, ranges] of this.pending) for (const range of ranges) this.register(kind, range);
    this.registered += this.waiting;
    this.waiting = 0;
    this.pending.clear();
  }

  /**
   * Registers exactly these ranges (and keeps the stepped-to one): for pages with more marks
   * than can be registered at once, the marks near the viewport (see PageMarks.flush).
   */
  show(items: readonly { kind: HighlightKind; range: Range }[]): void {
    this.pending.clear();
    this.waiting = 0;
    for (const [kind, highlight] of this.byKind) if (kind !== 'current') highlight.clear();
    for (const { kind, range } of items) this.register(kind, range);
    this.registered = items.length;
  }

  private register(kind: HighlightKind, range: Range): void {
    let highlight = this.byKind.get(kind);
    if (!highlight) {
      highlight = new Highlight();
      // The stepped-to occurrence paints above the kind colours.
      if (kind === 'current') highlight.priority = 1;
      this.byKind.set(kind, highlight);
      if (!this.hidden.has(kind)) this.registry.set(HIGHLIGHT_PREFIX + kind, highlight);
    }
    highlight.add(range);
  }

  delete(kind: HighlightKind, range: Range): void {
    if (!this.pending.get(kind)?.delete(range)) this.byKind.get(kind)?.delete(range);
  }

  /**
   * Kinds the reader turned off: their highlights leave the registry but keep their ranges, so
   * turning a kind back on shows it at once, without scanning the page again.
   */
  setHidden(kinds: Iterable<HighlightKind>): void {
    this.hidden = new Set(kinds);
    for (const [kind, highlight] of this.byKind) {
      if (this.hidden.has(kind)) this.registry.delete(HIGHLIGHT_PREFIX + kind);
      else if (!this.registry.has(HIGHLIGHT_PREFIX + kind)) this.registry.set(HIGHLIGHT_PREFIX + kind, highlight);
    }
  }

  isHidden(kind: HighlightKind): boolean {
    return this.hidden.has(kind);
  }

  clear(): void {
    for (const kind of this.byKind.keys()) this.registry.delete(HIGHLIGHT_PREFIX + kind);
    this.byKind.clear();
    this.pending.clear();
    this.registered = 0;
    this.waiting = 0;
  }
}
