import type { Capture } from '../snippets/create';

/**
 * Runs inside the page — in the content script, or injected through `scripting.executeScript`
 * (so it must not use anything from outside itself): the selected text, and up to `room` characters of the block around it on
 * either side. A selection inside a text field is read from the field.
 */
export function readSelection(room: number): Capture | null {
  const field = document.activeElement;
  if (field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === 'text')) {
    const start = field.selectionStart ?? 0;
    const end = field.selectionEnd ?? 0;
    if (end <= start) return null;
    const value = field.value;
    return {
      text: value.slice(start, end),
      before: value.slice(Math.max(0, start - room), start),
      after: value.slice(end, end + room),
      url: location.href,
      title: document.title,
    };
  }
  const selection = getSelection();
  const text = selection?.toString() ?? '';
  if (!selection || selection.rangeCount === 0 || !text.trim()) return null;
  const range = selection.getRangeAt(0);
  const isBlock = (el: Element) => !/^(inline|contents)/.test(getComputedStyle(el).display);
  const node: Node | null = range.commonAncestorContainer;
  let block = node instanceof Element ? node : node.parentElement;
  while (block && block !== document.body && !isBlock(block)) block = block.parentElement;
  // A short block (a list item, a caption) says little: take its parent block too.
  while (block && block !== document.body && (block.textContent ?? '').length < text.length + 120) {
    const parent: Element | null = block.parentElement;
    if (!parent) break;
    block = parent;
  }
  const area = block ?? document.body;
  const before = document.createRange();
  before.setStart(area, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(area, area.childNodes.length);
  return {
    text,
    before: before.toString().slice(-room),
    after: after.toString().slice(0, room),
    url: location.href,
    title: document.title,
  };
}
