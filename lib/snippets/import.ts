import { EXPORT_FORMAT } from './export/json';
import { snippetFromV1 } from './migrations';
import { SNIPPET_SCHEMA_VERSION, snippetSchema, type Snippet } from './schema';

/** Larger than any real library's export (10,000 snippets are about 10 MB), small enough to read safely. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
export const MAX_IMPORT_SNIPPETS = 100_000;

export type ImportResult = { ok: true; snippets: Snippet[] } | { ok: false; error: string };

const refuse = (error: string): ImportResult => ({ ok: false, error });

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file is too large to import, or null: checked before the file is even read. */
export function sizeRefusal(bytes: number, maxBytes = MAX_IMPORT_BYTES): string | null {
  return bytes > maxBytes ? `The file is too large (${megabytes(bytes)}); Baylens imports exports of up to ${megabytes(maxBytes)}.` : null;
}

/**
 * Reads a JSON export, all or nothing: the first problem refuses the whole file with a
 * sentence that says what is wrong, so a half-imported library never happens.
 */
export function readImport(text: string, bytes = new TextEncoder().encode(text).length, maxBytes = MAX_IMPORT_BYTES): ImportResult {
  const tooLarge = sizeRefusal(bytes, maxBytes);
  if (tooLarge) return refuse(tooLarge);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('The file is not JSON. Choose a JSON file exported from Baylens.');
  }
  const file = data as { format?: unknown; version?: unknown; snippets?: unknown } | null;
  if (!file || typeof file !== 'object' || Array.isArray(file) || file.format !== EXPORT_FORMAT) {
    return refuse('The file is JSON but not a Baylens snippets export (it lacks "format": "baylens-snippets").');
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('The file does not say which export version it is, so it cannot be read safely.');
  }
  if (version > SNIPPET_SCHEMA_VERSION) {
    return refuse(`The file is export version ${version}, from a newer Baylens; this one reads up to version ${SNIPPET_SCHEMA_VERSION}. Update Baylens, then import it.`);
  }
  if (!Array.isArray(file.snippets)) return refuse('The file has no list of snippets.');
  if (file.snippets.length > MAX_IMPORT_SNIPPETS) return refuse(`The file holds ${file.snippets.length.toLocaleString('en-US')} snippets; Baylens imports up to ${MAX_IMPORT_SNIPPETS.toLocaleString('en-US')} at a time.`);
  const snippets: Snippet[] = [];
  for (const [i, raw] of file.snippets.entries()) {
    const where = `Snippet ${i + 1} of ${file.snippets.length}`;
    if (version === 1) {
      const converted = snippetFromV1(raw);
      if (!converted) return refuse(`${where} is not a valid version 1 snippet.`);
      snippets.push(converted);
      continue;
    }
    const parsed = snippetSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length ? issue.path.join('.') : 'the snippet';
      const reason = /^[a-z]/.test(issue.message) ? `${field} ${issue.message}` : `${field}: ${issue.message}`;
      return refuse(`${where} cannot be imported: ${reason}.`);
    }
    snippets.push(parsed.data);
  }
  return { ok: true, snippets };
}
