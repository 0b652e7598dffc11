import { withoutControlCharacters } from './control';
import { LIMITS, snippetSchema, type Snippet } from './schema';

/** What the page gives when the reader saves: the selection and a little text either side. */
export interface Capture {
  text: string;
  before?: string;
  after?: string;
  url: string;
  title?: string;
  /** The page of a PDF the words are on. */
  pageNumber?: number;
}

/** Selected text keeps its paragraphs but not the page's indentation and runs of spaces. */
export function tidyText(text: string): string {
  return withoutControlCharacters(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function oneLine(text: string): string {
  return withoutControlCharacters(text).replace(/\s+/g, ' ');
}

/** The end of the text before a selection, cut at a word (or, in Chinese, a character) boundary. */
export function contextBefore(text: string, max = 200): string {
  const line = oneLine(text).trimStart();
  if (line.length <= max) return line;
  const cut = line.slice(line.length - max);
  const space = cut.indexOf(' ');
  return '…' + (space >= 0 && space < 30 ? cut.slice(space + 1) : cut);
}

/** The start of the text after a selection, cut the same way. */
export function contextAfter(text: string, max = 200): string {
  const line = oneLine(text).trimEnd();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max - 30 ? cut.slice(0, space) : cut) + '…';
}

/** Throws when the capture cannot make a snippet (nothing selected, a page that is not a web page). */
export function createSnippet(capture: Capture, entries: string[], id: string, now: Date): Snippet {
  let text = tidyText(capture.text);
  if (!text) throw new Error('Nothing is selected.');
  if (text.length > LIMITS.text) text = text.slice(0, LIMITS.text - 1) + '…';
  const title = oneLine(capture.title ?? '')
    .trim()
    .slice(0, LIMITS.title);
  const parsed = snippetSchema.safeParse({
    id,
    text,
    context: { before: contextBefore(capture.before ?? ''), after: contextAfter(capture.after ?? '') },
    page: { url: capture.url, title, ...(capture.pageNumber ? { number: capture.pageNumber } : {}) },
    savedAt: now.toISOString(),
    entries: [...new Set(entries)].slice(0, LIMITS.entries),
    note: '',
    tags: [],
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(issue?.path[0] === 'page' ? 'Only web pages can be saved from.' : `The snippet could not be saved: ${issue?.message}.`);
  }
  return parsed.data;
}
