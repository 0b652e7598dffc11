/**
 * How Baylens reads HTML structure, the same in the page and in the scan command, so both
 * cut a document into the same paragraphs.
 */

/** Elements whose text is not prose for the reader, or belongs to the reader (form fields). */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Inline elements: a name split across them (a link, <b>) is still one mention. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'RP',
  'RT',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'NOBR',
  'BIG',
]);

export function isSkippedTag(tag: string): boolean {
  return SKIPPED.has(tag.toUpperCase());
}

/** Every element that is not inline holds its own paragraph of text. */
export function isInlineTag(tag: string): boolean {
  return INLINE.has(tag.toUpperCase());
}
