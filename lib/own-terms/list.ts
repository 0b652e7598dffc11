import type { Matcher } from '../match/matcher';
import type { NameFolder } from './fold';
import { cleanNames } from './names';
import { ownTermInputSchema, ownTermSchema, type OwnTerm, type OwnTermInput } from './schema';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** The first problem zod found, as a sentence about the named field. */
export function describeIssue(issue: { path: PropertyKey[]; message: string }, subject: string, names?: readonly string[]): string {
  const [field, at] = issue.path;
  const what =
    field === 'names' && typeof at === 'number' && names ? `The name “${names[at]!.trim().slice(0, 60)}”`
    : field === 'names' ? 'The term'
    : field === 'note' ? 'The note'
    : field === 'links' ? 'The linked entries'
    : field === 'kind' ? 'The kind'
    : subject;
  const message = field === 'names' && at === undefined && issue.message.startsWith('needs') ? 'needs a name' : issue.message;
  return `${what} ${message}.`;
}

/** Checks what the reader entered: names trimmed and each kept once, then every rule of the schema. */
export function checkInput(raw: OwnTermInput): Checked<OwnTermInput> {
  const names = Array.isArray(raw.names) ? raw.names.map((n) => (typeof n === 'string' ? n : '')) : [];
  const nonBlank = cleanNames(names);
  // A blank name among others is simply left out; a term with no name at all is refused.
  const candidate = { ...raw, names: nonBlank.length ? nonBlank : names.slice(0, 1), links: [...new Set(raw.links ?? [])] };
  const parsed = ownTermInputSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error.issues[0]!, 'The term', candidate.names) };
  return { ok: true, value: parsed.data };
}

/**
 * A name of `term` that another of the reader's terms already has (folded: case, width and
 * script do not make two names different), as a sentence; null when there is none.
 */
export function clashWithin(terms: readonly OwnTerm[], term: Pick<OwnTerm, 'id' | 'names'>, folder: NameFolder): string | null {
  const taken = new Map<string, OwnTerm>();
  for (const other of terms) if (other.id !== term.id) for (const name of other.names) taken.set(folder.fold(name), other);
  for (const name of term.names) {
    const owner = taken.get(folder.fold(name));
    if (owner) return `“${name}” is already a name of your term “${owner.names[0]}”.`;
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
    if (clash) return { ok: false, error: `The imported term “${term.names[0]}” clashes with yours: ${clash}` };
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
