import type { Snippet } from '../schema';
import { siteOf } from '../site';

/** How an entry id reads in an export, e.g. "Hengqin (横琴)". */
export type EntryLabel = (id: string) => string;

// Made once: a formatter costs far more to build than to use, and an export formats thousands of dates.
const isoDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day a snippet was saved, in the reader's time zone, as YYYY-MM-DD. */
export function savedDay(snippet: Snippet): string {
  return isoDay.format(new Date(snippet.savedAt));
}

/** What a citation says about a snippet's source, every format alike. */
export interface Citation {
  title: string;
  site: string;
  url: string;
  saved: string;
  /** "p. 12" for a snippet from a PDF page; empty otherwise. */
  page: string;
}

/** Falls back to the site for a page without a title, so no citation is blank. */
export function citationOf(snippet: Snippet): Citation {
  const site = siteOf(snippet.page.url);
  const page = snippet.page.number ? `p. ${snippet.page.number}` : '';
  return { title: snippet.page.title || site, site, url: snippet.page.url, saved: savedDay(snippet), page };
}

/** One line, for formats without structure: “Title”, site, p. 12, URL (saved 2026-11-22); the page only for a PDF. */
export function citationLine(snippet: Snippet): string {
  const c = citationOf(snippet);
  return `“${c.title}”, ${c.site}, ${c.page ? `${c.page}, ` : ''}${c.url} (saved ${c.saved})`;
}

/** A file name for today's export. */
export function exportFileName(extension: string, now = new Date()): string {
  return `baylens-snippets-${isoDay.format(now)}.${extension}`;
}
