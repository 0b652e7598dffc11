import type { FigureMention } from '../match/types';
import type { HighlightKind, PageHighlights } from './highlights';

/** What a highlight stands for: an entry of the index, or a number tied to an indexed figure. */
export type MarkTarget =
  /** `also`: other entries sharing the alias, counted in the page's digest too. */
  | { type: 'entry'; id: string; also?: string[] }
  | { type: 'figure'; id: string; status: FigureMention['status']; surface: string };

export interface Mark {
  range: Range;
  kind: HighlightKind;
  target: MarkTarget;
  /** The text nodes the range touches, to find and forget it by node. */
  nodes: Text[];
}

/**
 * Every highlight on the page, indexed by text node: finding the mark under the pointer is a
 * lookup in one node's short list, with no layout work.
 */
export class PageMarks {
  private readonly byNode = new Map<Text, Mark[]>();
  private readonly all = new Set<Mark>();
  private readonly highlights: PageHighlights;
  private sorted: Mark[] | null = null;

  constructor(highlights: PageHighlights) {
    this.highlights = highlights;
  }

  get size(): number {
    return this.all.size;
  }

  add(mark: Mark): void {
    this.all.add(mark);
    this.sorted = null;
    this.highlights.add(mark.kind, mark.range);
    for (const node of mark.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mark);
      else this.byNode.set(node, [mark]);
    }
  }

  private remove(mark: Mark): void {
    if (!this.all.delete(mark)) return;
    this.sorted = null;
    this.highlights.delete(mark.kind, mark.range);
    for (const node of mark.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const rest = list.filter((m) => m !== mark);
      if (rest.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
  }

  /** Whether showing the marks added since the last flush is worth a repaint of all (see PageHighlights). */
  get worthFlushing(): boolean {
    return this.highlights.worthFlushing;
  }

  /** Shows every mark added since the last flush (see PageHighlights). */
  flush(): void {
    this.highlights.flush();
  }

  /** Forgets every mark touching these nodes, before their block is scanned again. */
  forgetNodes(nodes: Iterable<Text>): void {
    for (const node of nodes) for (const mark of this.byNode.get(node) ?? []) this.remove(mark);
  }

  /** Forgets marks whose text has left the document. */
  sweep(): void {
    for (const node of [...this.byNode.keys()]) if (!node.isConnected) this.forgetNodes([node]);
  }

  /** The mark covering a caret position, if any. */
  at(node: Node, offset: number): Mark | null {
    const list = node.nodeType === Node.TEXT_NODE ? this.byNode.get(node as Text) : undefined;
    if (!list) return null;
    for (const mark of list) {
      if (mark.range.comparePoint(node, offset) === 0 && !mark.range.collapsed) return mark;
    }
    return null;
  }

  /** All marks in document order, for stepping through them. */
  ordered(): Mark[] {
    this.sorted ??= [...this.all]
      .filter((m) => !m.range.collapsed && m.kind !== 'current')
      .sort((a, b) => documentOrder(a.range, b.range));
    return this.sorted;
  }

  clear(): void {
    this.byNode.clear();
    this.all.clear();
    this.sorted = null;
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
