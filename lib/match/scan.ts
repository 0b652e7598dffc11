import { PageContext, keepInContext } from './context';
import { linkFigures } from './figures';
import type { Matcher } from './matcher';
import type { FigureMention, Mention } from './types';

/** A paragraph of a larger text: figures link only to entries named in the same one. */
export interface Block {
  start: number;
  end: number;
}

export interface ScanResult {
  mentions: Mention[];
  figures: FigureMention[];
}

/** Blank-line-separated paragraphs of plain text, as offsets into it. */
export function paragraphsOf(text: string): Block[] {
  const blocks: Block[] = [];
  const separator = /\n[ \t\r\f\v]*\n\s*/g;
  let start = 0;
  for (const m of text.matchAll(separator)) {
    if (m.index > start) blocks.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) blocks.push({ start, end: text.length });
  return blocks;
}

/**
 * Mentions and linked figures of a whole text, block by block, with offsets into the text.
 * Ambiguous aliases stand where their context does: in their block, or anywhere in the text
 * for those whose context is the page, as on a page once it is fully scanned.
 */
export function scanBlocks(text: string, blocks: readonly Block[], matcher: Matcher): ScanResult {
  const page = new PageContext();
  const found = blocks.map((block) => {
    const paragraph = text.slice(block.start, block.end);
    const mentions = matcher.findMentions(paragraph);
    page.add(mentions);
    return { block, paragraph, ...keepInContext(mentions, page) };
  });
  const result: ScanResult = { mentions: [], figures: [] };
  for (const { block, paragraph, kept, waiting } of found) {
    const late = waiting.filter((m) => page.has(m.ambiguous!));
    const mentions = late.length ? [...kept, ...late].sort((a, b) => a.start - b.start) : kept;
    const figures = linkFigures(paragraph, mentions, matcher.data.figures);
    for (const m of mentions) result.mentions.push({ ...m, start: m.start + block.start, end: m.end + block.start });
    for (const f of figures) result.figures.push({ ...f, start: f.start + block.start, end: f.end + block.start });
  }
  return result;
}
