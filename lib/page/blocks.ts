/** A run of text nodes that reads as one paragraph, and where each node starts in it. */
export interface TextBlock {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** Elements whose text is not prose for the reader, or belongs to the reader (inputs). */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);

/** Inline elements: a name split across them (a link, <b>) is still one mention. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'KBD', 'LABEL', 'MARK', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB',
  'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'NOBR', 'BIG',
]);

function blockOf(node: Node, root: Node): Node {
  let element = node.parentNode;
  while (element && element !== root && element instanceof Element && INLINE.has(element.tagName.toUpperCase())) {
    element = element.parentNode;
  }
  return element ?? root;
}

/** Whether text under this element is the page's prose (not code, forms or editable regions). */
export function isScannable(element: Element): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return false;
  if (element instanceof HTMLElement && (element.isContentEditable || element.hidden)) return false;
  return !element.hasAttribute('data-baylens-host');
}

/**
 * Walks `root` lazily, yielding one block at a time so a caller can stop at a deadline and
 * resume later: a page of 100,000 text nodes never blocks the main thread in one go.
 */
export function* textBlocks(root: Node, document_: Document = document): Generator<TextBlock> {
  const walker = document_.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && !isScannable(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let current: TextBlock | null = null;
  let currentBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const text = node as Text;
    if (!text.data.trim() && !current) continue;
    const block = blockOf(text, root);
    if (current && block !== currentBlock) {
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

/** A live Range over block text [start, end), which may span several text nodes. */
export function rangeIn(block: TextBlock, start: number, end: number, document_: Document = document): Range {
  const range = document_.createRange();
  const [startNode, startOffset] = locate(block, start, false);
  const [endNode, endOffset] = locate(block, end, true);
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

function locate(block: TextBlock, offset: number, isEnd: boolean): [Text, number] {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const s = block.starts[mid]!;
    if (s < offset || (!isEnd && s === offset)) low = mid;
    else high = mid - 1;
  }
  return [block.nodes[low]!, offset - block.starts[low]!];
}
