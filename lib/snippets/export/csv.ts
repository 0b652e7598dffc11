import type { Snippet } from '../schema';
import { citationLine, citationOf, type EntryLabel } from './citation';

/**
 * One column per field, in the order a reader scans a row: when, where, what, then their own
 * words; the PDF page came later and is last, so older sheets keep their columns.
 */
export const CSV_COLUMNS = [
  'saved',
  'title',
  'site',
  'url',
  'text',
  'context before',
  'context after',
  'note',
  'tags',
  'entries',
  'entry ids',
  'citation',
  'page',
] as const;

/**
 * One field, quoted as RFC 4180 asks. A field a spreadsheet would run as a formula (starting
 * with = + - @ or a tab) gets a leading apostrophe: page text must never execute.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The snippets as CSV, one row each, with a byte-order mark so spreadsheets read the Chinese as UTF-8. */
export function toCsv(snippets: readonly Snippet[], label: EntryLabel): string {
  const rows = snippets.map((s) => {
    const c = citationOf(s);
    return [
      c.saved,
      c.title,
      c.site,
      c.url,
      s.text,
      s.context.before,
      s.context.after,
      s.note,
      s.tags.join('; '),
      s.entries.map(label).join('; '),
      s.entries.join(' '),
      citationLine(s),
      s.page.number ? String(s.page.number) : '',
    ];
  });
  return '\ufeff' + [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
