import type { OwnTerm } from '../../own-terms/schema';
import type { Snippet } from '../schema';
import { citationLine, type EntryLabel } from './citation';

/** The mark an import looks for: a file without it is not a Baylens export. */
export const EXPORT_FORMAT = 'baylens-snippets';

/**
 * The export's version: 1 and 2 held snippets only (in the shape of the library's schema of
 * the same number); 3 adds the reader's own terms. Every older version stays importable.
 */
export const EXPORT_VERSION = 3;

/**
 * The snippets as a JSON export, the one format Baylens reads back. Each snippet is stored
 * exactly as in the library; `citation` and `entryNames` are there for people reading the file
 * and are ignored on import.
 */
export function toJson(snippets: readonly Snippet[], label: EntryLabel, exportedAt: Date, ownTerms: readonly OwnTerm[] = []): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    count: snippets.length,
    snippets: snippets.map((s) => ({ ...s, citation: citationLine(s), entryNames: s.entries.map(label) })),
    ownTerms,
  };
  return JSON.stringify(file, null, 2) + '\n';
}
