import type { EntryKind } from '../kb/schema';

/** A highlight per entry kind, one for figures that agree, one for those that differ, and
 * one for the occurrence the reader stepped to. */
export type HighlightKind = EntryKind | 'figure' | 'mismatch' | 'current';

export const HIGHLIGHT_PREFIX = 'baylens-';

/**
 * One CSS Custom Highlight per kind, registered under `baylens-<kind>`: the page's DOM is
 * never touched, and the page's own text stays exactly as it was.
 */
export class PageHighlights {
  private readonly byKind = new Map<HighlightKind, Highlight>();
  private readonly registry: HighlightRegistry;

  constructor(registry: HighlightRegistry = CSS.highlights) {
    this.registry = registry;
  }

  add(kind: HighlightKind, range: Range): void {
    let highlight = this.byKind.get(kind);
    if (!highlight) {
      highlight = new Highlight();
      // The stepped-to occurrence paints above the kind colours.
      if (kind === 'current') highlight.priority = 1;
      this.byKind.set(kind, highlight);
      this.registry.set(HIGHLIGHT_PREFIX + kind, highlight);
    }
    highlight.add(range);
  }

  delete(kind: HighlightKind, range: Range): void {
    this.byKind.get(kind)?.delete(range);
  }

  /** Number of ranges registered, all kinds together. */
  get size(): number {
    let total = 0;
    for (const h of this.byKind.values()) total += h.size;
    return total;
  }

  clear(): void {
    for (const kind of this.byKind.keys()) this.registry.delete(HIGHLIGHT_PREFIX + kind);
    this.byKind.clear();
  }
}
