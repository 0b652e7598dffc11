import { isInlineTag } from '../html/elements';
import { blockOf, isScannable } from './blocks';

/** How long changes collect before one rescan: a live ticker costs one pass per interval. */
const BATCH_MS = 150;

/**
 * Watches a document or shadow root for text that appears or changes, and reports the
 * smallest blocks to rescan, in batches. Changes inside `ignore` (our own UI) are not seen.
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly dirty = new Set<Node>();
  private removals = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly onBatch: (roots: Node[], removals: boolean) => void;
  private readonly ignore: () => Node | null;

  constructor(onBatch: (roots: Node[], removals: boolean) => void, ignore: () => Node | null) {
    this.onBatch = onBatch;
    this.ignore = ignore;
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  observe(target: Node): void {
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  disconnect(): void {
    this.observer.disconnect();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty.clear();
  }

  private collect(records: MutationRecord[]): void {
    const ours = this.ignore();
    for (const record of records) {
      const target = record.target;
      if (ours && (target === ours || ours.contains(target))) continue;
      if (record.type === 'characterData') {
        this.dirty.add(blockOf(target));
        continue;
      }
      if (record.removedNodes.length > 0) this.removals = true;
      for (const added of record.addedNodes) {
        if (added === ours) continue;
        if (added.nodeType === Node.ELEMENT_NODE && !isInlineTag((added as Element).tagName)) {
          if (isScannable(added as Element)) this.dirty.add(added);
        } else if (added.nodeType === Node.TEXT_NODE || added.nodeType === Node.ELEMENT_NODE) {
          this.dirty.add(blockOf(added));
        }
      }
    }
    if ((this.dirty.size > 0 || this.removals) && !this.timer) {
      this.timer = setTimeout(() => this.flush(), BATCH_MS);
    }
  }

  private flush(): void {
    this.timer = null;
    // Outermost roots only: a block inside another dirty block is covered by it.
    const roots = [...this.dirty].filter((node) => {
      if (!node.isConnected) return false;
      for (let up = node.parentNode; up; up = up.parentNode) if (this.dirty.has(up)) return false;
      return true;
    });
    const removals = this.removals;
    this.dirty.clear();
    this.removals = false;
    if (roots.length > 0 || removals) this.onBatch(roots, removals);
  }
}
