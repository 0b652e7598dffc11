import type { Matcher } from '../match/matcher';
import type { NameFolder } from './fold';
import { cleanNames } from './names';
import { quoted, type Problem } from './problems';
import { ownTermInputSchema, ownTermSchema, type OwnTerm, type OwnTermInput } from './schema';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** The reader's problem behind the first issue zod found, or null for one a reader cannot make (a damaged id or date). */
export function problemOf(issue: {
  path: PropertyKey[];
  code: string;
  message: string;
  params?: unknown;
  input?: unknown;
}): Problem | null {
  const [field, at] = issue.path;
  const own = (issue.params as { problem?: Problem } | undefined)?.problem;
  if (own) return own;
  if (field === 'names')
    return at === undefined
      ? { key: issue.code === 'too_big' ? 'ownProblemTooManyNames' : 'ownProblemNoName', args: [] }
      : { key: 'ownProblemEmpty', args: [] };
  if (field === 'note') return { key: issue.code === 'too_big' ? 'ownProblemNoteTooLong' : 'ownProblemNoteControl', args: [] };
  if (field === 'links')
    return at === undefined
      ? { key: 'ownProblemTooManyLinks', args: [] }
      : { key: 'ownProblemUnknownLink', args: [String(issue.input ?? '')] };
  return null;
}

/** Checks what the reader entered: names trimmed and each kept once, then every rule of the schema. */
export function checkInput(raw: OwnTermInput): Checked<OwnTermInput> {
  const names = Array.isArray(raw.names) ? raw.names.map((n) => (typeof n === 'string' ? n : '')) : [];
  const nonBlank = cleanNames(names);
  // A blank name among others is simply left out; a term with no name at all is refused.
  const candidate = { ...raw, names: nonBlank.length ? nonBlank : names.slice(0, 1), links: [...new Set(raw.links ?? [])] };
  const parsed = ownTermInputSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: problemOf(issue) ?? { key: 'ownProblemNoName', args: [] } };
  }
  return { ok: true, value: parsed.data };
}

/**
 * A name of `term` that another of the reader's terms already has (folded: case, width and
 * script do not make two names different); null when there is none.
 */
export function clashWithin(terms: readonly OwnTerm[], term: Pick<OwnTerm, 'id' | 'names'>, folder: NameFolder): Problem | null {
  const taken = new Map<string, OwnTerm>();
  for (const other of terms) if (other.id !== term.id) for (const name of other.names) taken.set(folder.fold(name), other);
  for (const name of term.names) {
    const owner = taken.get(folder.fold(name));
    if (owner) return { key: 'ownProblemClash', args: [quoted(name), quoted(owner.names[0]!)] };
  }
  return null;
}

/** A name of an own term that the index also claims: the index's entry is highlighted there. */
export interface IndexClaim {
  name: string;
  entry: string;
}

/** The names of a term that the index's matcher reads as one of its entries, whole. */
export function indexClaims(term: Pick<OwnTerm, 'names'>, index: Matcher): IndexClaim[] {
  const claims: IndexClaim[] = [];
  for (const name of term.names) {
    const text = name.trim();
    const whole = index.findMentions(text).find((m) => m.start === 0 && m.end === text.length);
    if (whole) claims.push({ name, entry: index.entryId(whole.entry) });
  }
  return claims;
}

/** What an import does to the reader's terms. */
export interface OwnMerge {
  terms: OwnTerm[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges imported terms into the list: a new id is added, a known id takes the newer copy.
 * Refused whole (nothing changes) when an imported term would share a name with another.
 */
export function mergeOwnTerms(existing: readonly OwnTerm[], incoming: readonly OwnTerm[], folder: NameFolder): Checked<OwnMerge> {
  const terms = [...existing];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const raw of incoming) {
    const term = ownTermSchema.parse(raw);
    const at = terms.findIndex((t) => t.id === term.id);
    const clash = clashWithin(at >= 0 ? terms.filter((_, i) => i !== at) : terms, term, folder);
    if (clash) return { ok: false, problem: clash };
    if (at < 0) {
      terms.push(term);
      added++;
    } else if (Date.parse(term.editedAt) > Date.parse(terms[at]!.editedAt)) {
      terms[at] = term;
      updated++;
    } else {
      unchanged++;
    }
  }
  return { ok: true, value: { terms, added, updated, unchanged } };
}
