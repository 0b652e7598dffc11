import { isInlineTag, isSkippedTag } from '../html/elements';

/** A run of text nodes that reads as one paragraph, and where each node starts in it. */
export interface TextBlock {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** The nearest ancestor that is not inline: the element whose text reads as one paragraph. */
export function blockOf(node: Node, root: Node | null = null): Node {
  let element = node.parentNode;
  while (element && element !== root && element instanceof Element && isInlineTag(element.tagName)) {
    element = element.parentNode;
  }
  return element ?? root ?? node;
}

/**
 * Whether text under this element is the page's prose (not code, forms or editable regions).
 * An element is editable through its own attribute or an editable ancestor; the walk never
 * enters an editable element, so only elements with the attribute need the (costly) check.
 */
export function isScannable(element: Element): boolean {
  if (isSkippedTag(element.tagName)) return false;
  // Hidden, editable and our own hosts all carry an attribute: most elements carry none.
  if (!element.hasAttributes()) return true;
  if (element instanceof HTMLElement && (element.hidden || (element.hasAttribute('contenteditable') && element.isContentEditable)))
    return false;
  return !element.hasAttribute('data-baylens-host');
}

/** Whether a subtree sits inside an editable region (a rescan root inside an editor). */
function insideEditable(root: Node): boolean {
  const element = root instanceof Element ? root : root.parentElement;
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Text nodes in one block before it is cut at the next white space: one element holding
 * 100,000 text nodes is read as many blocks, so no single step collects all of them.
 */
const BLOCK_NODES = 2_000;
const SPACE = /\s/;

/**
 * Walks `root` lazily, yielding one block at a time so a caller can stop at a deadline and
 * resume later: a page of 100,000 text nodes never blocks the main thread in one go.
 */
export function* textBlocks(
  root: Node,
  onShadowRoot: (shadow: ShadowRoot) => void = () => {},
  document_: Document = document,
): Generator<TextBlock> {
  if (insideEditable(root)) return;
  // No filter callback: a call from the browser into script per node costs more than the walk.
  const walker = document_.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** The next node after the current one's subtree (a skipped element's text is never read). */
  const skipChildren = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      const parent = walker.parentNode();
      if (!parent) return null;
    }
  };
  let current: TextBlock | null = null;
  let currentBlock: Node | null = null;
  for (let node: Node | null = walker.nextNode(); node;) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (!isScannable(node as Element)) {
        node = skipChildren();
        continue;
      }
      const shadow = (node as Element).shadowRoot;
      if (shadow) onShadowRoot(shadow);
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    node = walker.nextNode();
    const block = blockOf(text, root);
    // White space starts no block of its own: before the first one, or between blocks (a
    // pretty-printed page's indentation). Inside a block it stays.
    if (block !== currentBlock && !text.data.trim()) continue;
    const full =
      current !== null && current.nodes.length >= BLOCK_NODES && (SPACE.test(text.data.charAt(0)) || SPACE.test(current.text.slice(-1)));
    if (current && (block !== currentBlock || full)) {
      yield current;
      current = null;
    }
    if (!current) {
      current = { nodes: [], starts: [], text: '' };
      currentBlock = block;
    }
    current.nodes.push(text);
    current.starts.push(current.text.length);
    current.text += text.data;
  }
  if (current) yield current;
}

/** A live Range over block text [start, end), which may span several text nodes, and those nodes. */
export function rangeIn(
  block: TextBlock,
  start: number,
  end: number,
  document_: Document = document,
): { range: Range; nodes: Text | Text[] } {
  const range = document_.createRange();
  const first = locate(block, start, false);
  const last = locate(block, end, true);
  range.setStart(block.nodes[first]!, start - block.starts[first]!);
  range.setEnd(block.nodes[last]!, end - block.starts[last]!);
  // Most mentions lie in one text node: that node, with no array around it.
  return { range, nodes: first === last ? block.nodes[first]! : block.nodes.slice(first, last + 1) };
}

/** Index of the node holding `offset`; an end offset belongs to the node it ends in. */
function locate(block: TextBlock, offset: number, isEnd: boolean): number {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const s = block.starts[mid]!;
    if (s < offset || (!isEnd && s === offset)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Pieces of at most `max` characters, cut after a sentence end or white space: a block of
 * megabytes (one huge <pre>) is matched a piece at a time, never in one long task.
 */
export function segments(text: string, max = 20_000): [number, number][] {
  if (text.length <= max) return [[0, text.length]];
  const pieces: [number, number][] = [];
  let start = 0;
  while (text.length - start > max) {
    let cut = start + max;
    const window = text.slice(start + max / 2, start + max);
    const sentence = Math.max(window.lastIndexOf('。'), window.lastIndexOf('. '), window.lastIndexOf('\n'));
    const space = window.lastIndexOf(' ');
    const at = sentence !== -1 ? sentence : space;
    if (at !== -1) cut = start + max / 2 + at + 1;
    pieces.push([start, cut]);
    start = cut;
  }
  pieces.push([start, text.length]);
  return pieces;
}
