import type { FigureMention } from '../match/types';
import type { HighlightKind, PageHighlights } from './highlights';

/** What a highlight stands for: an entry of the index, one of the reader's own terms, or a number tied to an indexed figure. */
export type MarkTarget =
  /** `also`: other entries sharing the alias, counted in the page's digest too. */
  | { type: 'entry'; id: string; also?: string[] }
  | { type: 'own'; id: string }
  | { type: 'figure'; id: string; status: FigureMention['status']; surface: string };

export interface Mark {
  range: Range;
  kind: HighlightKind;
  target: MarkTarget;
  /**
   * The text nodes the range touches, to find and forget it by node: the node itself when it is
   * one (most marks), so a page of 100,000 marks keeps no array for each.
   */
  nodes: Text | readonly Text[];
}

/** Whether a one-or-many value (a mark's nodes, a node's marks) holds several. */
const isMany = <T>(held: T | readonly T[] | undefined): held is readonly T[] => Array.isArray(held);

/**
 * The most marks registered with the browser at once. Chromium redoes the work for every
 * registered range whenever any highlight changes (about 1 s at 100,000 ranges, 0.2 s at
 * 10,000, on the benchmark machine): a page with more marks registers those near the
 * viewport, and others as the reader scrolls to them.
 */
export const SHOWN_AT_ONCE = 1_500;

/**
 * Every highlight on the page, indexed by text node: finding the mark under the pointer is a
 * lookup in one node's short list, with no layout work.
 */
export class PageMarks {
  /** The marks on each text node: the mark itself when it is the node's only one (most are). */
  private readonly byNode = new Map<Text, Mark | Mark[]>();
  /** Every mark, in the order found: document order until `inOrder` says otherwise. */
  private readonly all = new Set<Mark>();
  private readonly highlights: PageHighlights;
  private sorted: Mark[] | null = null;
  /** Whether marks were found in document order (a first scan is): no sorting needed. */
  private inOrder = true;
  private last: Mark | null = null;
  /** Marks registered while only those near the viewport are (null: all are). */
  private shown: Set<Mark> | null = null;
  /** Index in `ordered()` of the first mark at or below the viewport's top, when last shown. */
  private shownAt = -1;

  constructor(highlights: PageHighlights) {
    this.highlights = highlights;
  }

  get size(): number {
    return this.all.size;
  }

  add(mark: Mark): void {
    // A mark before the last one found (a rescan, a mention whose context came later), or after
    // the last one was forgotten, means the marks must be sorted from now on.
    if (this.inOrder && this.all.size > 0 && (!this.last || !this.all.has(this.last) || documentOrder(this.last.range, mark.range) > 0)) {
      this.inOrder = false;
    }
    this.last = mark;
    this.all.add(mark);
    this.sorted = null;
    this.highlights.add(mark.kind, mark.range);
    // Every mark passes here, 100,000 on a hostile page: nothing is allocated for the usual one node.
    const { nodes } = mark;
    if (isMany(nodes)) for (const node of nodes) this.link(node, mark);
    else this.link(nodes, mark);
  }

  private link(node: Text, mark: Mark): void {
    const held = this.byNode.get(node);
    if (!held) this.byNode.set(node, mark);
    else if (isMany(held)) held.push(mark);
    else this.byNode.set(node, [held, mark]);
  }

  /** A node holding several marks holds two or more: one left is held alone again. */
  private unlink(node: Text, mark: Mark): void {
    const held = this.byNode.get(node);
    if (held === mark) this.byNode.delete(node);
    else if (isMany(held)) {
      const rest = held.filter((m) => m !== mark);
      this.byNode.set(node, rest.length === 1 ? rest[0]! : rest);
    }
  }

  private remove(mark: Mark): void {
    if (!this.all.delete(mark)) return;
    this.sorted = null;
    this.highlights.delete(mark.kind, mark.range);
    const { nodes } = mark;
    if (isMany(nodes)) for (const node of nodes) this.unlink(node, mark);
    else this.unlink(nodes, mark);
  }

  /** Whether showing the marks added since the last flush is worth a repaint of all (see PageHighlights). */
  get worthFlushing(): boolean {
    return this.highlights.worthFlushing;
  }

  /**
   * Shows every mark added since the last flush (see PageHighlights); on a page with more than
   * SHOWN_AT_ONCE marks, the SHOWN_AT_ONCE nearest the viewport in document order.
   */
  flush(): void {
    if (this.shown === null && this.all.size <= SHOWN_AT_ONCE) this.highlights.flush();
    else this.showNearViewport(true);
  }

  /** Whether only the marks near the viewport are registered (the page has too many for all). */
  get windowed(): boolean {
    return this.shown !== null;
  }

  /**
   * Registers the marks nearest the viewport: the reader scrolled (`force` false: only when the
   * viewport has moved a quarter of the window's marks), or marks changed.
   */
  showNearViewport(force: boolean): void {
    const ordered = this.ordered();
    const at = firstNotAbove(ordered);
    if (!force && this.shown && Math.abs(at - this.shownAt) < SHOWN_AT_ONCE / 4) return;
    const from = Math.max(0, Math.min(at - SHOWN_AT_ONCE / 2, ordered.length - SHOWN_AT_ONCE));
    const near = ordered.slice(from, from + SHOWN_AT_ONCE);
    this.shownAt = at;
    // Nothing new near the viewport: no change, so no repaint.
    if (this.shown && near.length === this.shown.size && near.every((m) => this.shown!.has(m))) return;
    this.shown = new Set(near);
    this.highlights.show(near);
  }

  /** Forgets every mark touching these nodes, before their block is scanned again. */
  forgetNodes(nodes: Iterable<Text>): void {
    // Called for every text node of every block scanned, most holding no mark.
    for (const node of nodes) {
      const held = this.byNode.get(node);
      if (isMany(held)) for (const mark of held) this.remove(mark);
      else if (held) this.remove(held);
    }
  }

  /** Forgets marks whose text has left the document. */
  sweep(): void {
    for (const node of [...this.byNode.keys()]) if (!node.isConnected) this.forgetNodes([node]);
  }

  /** Shows only the marks of kinds not in `kinds`; hidden marks open no card and are not stepped to. */
  setHidden(kinds: Iterable<HighlightKind>): void {
    this.highlights.setHidden(kinds);
    this.sorted = null;
    if (this.shown) this.showNearViewport(true);
  }

  /** The mark covering a caret position, if any. */
  at(node: Node, offset: number): Mark | null {
    const held = node.nodeType === Node.TEXT_NODE ? this.byNode.get(node as Text) : undefined;
    if (!isMany(held)) return held && this.covers(held, node, offset) ? held : null;
    for (const mark of held) if (this.covers(mark, node, offset)) return mark;
    return null;
  }

  /** Whether a shown mark covers the caret position (asked on every pointer move: no closure made). */
  private covers(mark: Mark, node: Node, offset: number): boolean {
    return mark.range.comparePoint(node, offset) === 0 && !mark.range.collapsed && !this.highlights.isHidden(mark.kind);
  }

  /** All marks in document order, for stepping through them. */
  ordered(): Mark[] {
    if (!this.sorted) {
      const visible = [...this.all].filter((m) => !m.range.collapsed && m.kind !== 'current' && !this.highlights.isHidden(m.kind));
      this.sorted = this.inOrder ? visible : visible.sort((a, b) => documentOrder(a.range, b.range));
    }
    return this.sorted;
  }

  clear(): void {
    this.byNode.clear();
    this.all.clear();
    this.sorted = null;
    this.inOrder = true;
    this.last = null;
    this.shown = null;
    this.shownAt = -1;
    this.highlights.clear();
  }
}

/** Orders ranges across open shadow roots too, where compareBoundaryPoints would throw. */
function documentOrder(a: Range, b: Range): number {
  const rootA = a.startContainer.getRootNode();
  const rootB = b.startContainer.getRootNode();
  if (rootA === rootB) return a.compareBoundaryPoints(Range.START_TO_START, b);
  const anchor = (range: Range) => {
    let node: Node = range.startContainer;
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
    return node;
  };
  const x = anchor(a);
  const y = anchor(b);
  if (x === y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The index of the first mark (in document order) whose box reaches the viewport's top or below. */
function firstNotAbove(ordered: readonly Mark[]): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ordered[mid]!.range.getBoundingClientRect().bottom < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
