import { problemOf } from '../own-terms/list';
import { english, type Problem } from '../own-terms/problems';
import { ownTermSchema, type OwnTerm } from '../own-terms/schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export/json';
import { snippetFromV1 } from './migrations';
import { snippetSchema, type Snippet } from './schema';

/** Larger than any real library's export (10,000 snippets are about 10 MB), small enough to read safely. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
export const MAX_IMPORT_SNIPPETS = 100_000;
export const MAX_IMPORT_TERMS = 10_000;

/**
 * Why a file was refused, for the interface to say in the reader's language; `error` is the
 * same in English. `args` fill the sentence in order.
 */
export type ImportProblem =
  | { code: 'too-large'; args: [size: string, limit: string] }
  | { code: 'not-json' | 'not-export' | 'no-version' | 'no-list'; args: [] }
  | { code: 'newer'; args: [version: number, newest: number] }
  | { code: 'too-many'; args: [count: number, limit: number] }
  | { code: 'bad-v1'; args: [which: number, of: number] }
  | { code: 'bad-snippet'; args: [which: number, of: number, field: string, reason: string] }
  | { code: 'no-terms'; args: [] }
  | { code: 'too-many-terms'; args: [count: number, limit: number] }
  /** `term`: what is wrong with the term, for the interface to word in the reader's language. */
  | { code: 'bad-term'; args: [which: number, of: number, reason: string]; term?: Problem };

export type ImportResult = { ok: true; snippets: Snippet[]; ownTerms: OwnTerm[] } | { ok: false; error: string; problem: ImportProblem };

/**
 * An export file in the current version's shape. Versions 1 and 2 had no own terms: they
 * read as an empty list (version 1's snippets are converted one by one below).
 */
export function upgradeExport(file: { version: number; ownTerms?: unknown }): { ownTerms: unknown } {
  return { ownTerms: file.version < 3 ? [] : file.ownTerms };
}

const refuse = (error: string, problem: ImportProblem): ImportResult => ({ ok: false, error, problem });

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file is too large to import, or null: checked before the file is even read. */
export function sizeRefusal(bytes: number, maxBytes = MAX_IMPORT_BYTES): Extract<ImportResult, { ok: false }> | null {
  if (bytes <= maxBytes) return null;
  return {
    ok: false,
    error: `The file is too large (${megabytes(bytes)}); Baylens imports exports of up to ${megabytes(maxBytes)}.`,
    problem: { code: 'too-large', args: [megabytes(bytes), megabytes(maxBytes)] },
  };
}

/**
 * Reads a JSON export, all or nothing: the first problem refuses the whole file with a
 * sentence that says what is wrong, so a half-imported library never happens.
 */
export function readImport(text: string, bytes = new TextEncoder().encode(text).length, maxBytes = MAX_IMPORT_BYTES): ImportResult {
  const tooLarge = sizeRefusal(bytes, maxBytes);
  if (tooLarge) return tooLarge;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('The file is not JSON. Choose a JSON file exported from Baylens.', { code: 'not-json', args: [] });
  }
  const file = data as { format?: unknown; version?: unknown; snippets?: unknown } | null;
  if (!file || typeof file !== 'object' || Array.isArray(file) || file.format !== EXPORT_FORMAT) {
    return refuse('The file is JSON but not a Baylens snippets export (it lacks "format": "baylens-snippets").', {
      code: 'not-export',
      args: [],
    });
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('The file does not say which export version it is, so it cannot be read safely.', { code: 'no-version', args: [] });
  }
  if (version > EXPORT_VERSION) {
    return refuse(
      `The file is export version ${version}, from a newer Baylens; this one reads up to version ${EXPORT_VERSION}. Update Baylens, then import it.`,
      { code: 'newer', args: [version, EXPORT_VERSION] },
    );
  }
  if (!Array.isArray(file.snippets)) return refuse('The file has no list of snippets.', { code: 'no-list', args: [] });
  if (file.snippets.length > MAX_IMPORT_SNIPPETS) {
    return refuse(
      `The file holds ${file.snippets.length.toLocaleString('en-US')} snippets; Baylens imports up to ${MAX_IMPORT_SNIPPETS.toLocaleString('en-US')} at a time.`,
      { code: 'too-many', args: [file.snippets.length, MAX_IMPORT_SNIPPETS] },
    );
  }
  const snippets: Snippet[] = [];
  for (const [i, raw] of file.snippets.entries()) {
    const where = `Snippet ${i + 1} of ${file.snippets.length}`;
    if (version === 1) {
      const converted = snippetFromV1(raw);
      if (!converted) return refuse(`${where} is not a valid version 1 snippet.`, { code: 'bad-v1', args: [i + 1, file.snippets.length] });
      snippets.push(converted);
      continue;
    }
    const parsed = snippetSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length ? issue.path.join('.') : 'the snippet';
      const reason = /^[a-z]/.test(issue.message) ? `${field} ${issue.message}` : `${field}: ${issue.message}`;
      return refuse(`${where} cannot be imported: ${reason}.`, {
        code: 'bad-snippet',
        args: [i + 1, file.snippets.length, field, issue.message],
      });
    }
    snippets.push(parsed.data);
  }
  const { ownTerms: rawTerms } = upgradeExport({ version, ownTerms: (file as { ownTerms?: unknown }).ownTerms });
  if (!Array.isArray(rawTerms)) return refuse('The file has no list of own terms.', { code: 'no-terms', args: [] });
  if (rawTerms.length > MAX_IMPORT_TERMS) {
    return refuse(
      `The file holds ${rawTerms.length.toLocaleString('en-US')} own terms; Baylens imports up to ${MAX_IMPORT_TERMS.toLocaleString('en-US')}.`,
      { code: 'too-many-terms', args: [rawTerms.length, MAX_IMPORT_TERMS] },
    );
  }
  const ownTerms: OwnTerm[] = [];
  for (const [i, raw] of rawTerms.entries()) {
    const parsed = ownTermSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const problem = problemOf(issue);
      const reason = problem ? english(problem) : `${issue.path.join('.') || 'it'} ${issue.message}.`;
      return refuse(`Own term ${i + 1} of ${rawTerms.length} cannot be imported: ${reason}`, {
        code: 'bad-term',
        args: [i + 1, rawTerms.length, reason],
        ...(problem ? { term: problem } : {}),
      });
    }
    ownTerms.push(parsed.data);
  }
  return { ok: true, snippets, ownTerms };
}
