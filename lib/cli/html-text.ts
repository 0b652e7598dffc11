import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Block } from '../match/scan';

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'object',
  'embed', 'svg', 'canvas', 'select', 'option', 'textarea', 'input', 'button',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

function hidden(element: Element): boolean {
  if ('hidden' in element.attribs) return true;
  const style = (element.attribs.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * The visible text of an HTML document, as a reader sees it: scripts, styles and hidden
 * elements dropped, white space collapsed, one block of text per paragraph-like element.
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
        if (SKIPPED.has(name) || hidden(element)) continue;
        const block = BLOCKS.has(name);
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
