import { SNIPPET_SCHEMA_VERSION, type Snippet } from '../schema';
import { citationLine, type EntryLabel } from './citation';

/** The mark an import looks for: a file without it is not a Baylens export. */
export const EXPORT_FORMAT = 'baylens-snippets';

/**
 * The snippets as a JSON export, the one format Baylens reads back. Each snippet is stored
 * exactly as in the library; `citation` and `entryNames` are there for people reading the file
 * and are ignored on import.
 */
export function toJson(snippets: readonly Snippet[], label: EntryLabel, exportedAt: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: SNIPPET_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    count: snippets.length,
    snippets: snippets.map((s) => ({ ...s, citation: citationLine(s), entryNames: s.entries.map(label) })),
  };
  return JSON.stringify(file, null, 2) + '\n';
}
