import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { isInlineTag, isSkippedTag } from '../html/elements';
import type { Block } from '../match/scan';

function hidden(element: Element): boolean {
  if ('hidden' in element.attribs) return true;
  const style = (element.attribs.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * The visible text of an HTML document, as a reader sees it: scripts, styles and hidden
 * elements dropped, white space collapsed, one block of text per non-inline element, cut the
 * way the content script cuts a page (lib/html/elements.ts).
 */
export function visibleText(html: string): { text: string; blocks: Block[] } {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/ {2,}/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        current += node.data.replace(/\s+/g, ' ');
      } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const element = node as Element;
        const name = element.name.toLowerCase();
        if (isSkippedTag(name) || hidden(element)) continue;
        // As in the page: text is grouped by its nearest non-inline ancestor, so an element
        // that holds no text (<br>, <img>) does not cut a paragraph.
        const block = !isInlineTag(name) && element.children.length > 0;
        if (block) flush();
        walk(element.children);
        if (block) flush();
      } else if (node.type === 'root' || node.type === 'cdata') {
        walk((node as unknown as Element).children);
      }
    }
  };
  walk(parseDocument(html).children);
  flush();

  const blocks: Block[] = [];
  let text = '';
  for (const line of lines) {
    if (text) text += '\n';
    blocks.push({ start: text.length, end: text.length + line.length });
    text += line;
  }
  return { text, blocks };
}
