import type { EntryKind } from '../kb/schema';
import type { PageDigest } from '../protocol/page';

export type DigestEntry = PageDigest['entries'][number];

/** The entries of one kind on a page, most mentioned first. */
export interface KindGroup {
  kind: EntryKind;
  entries: DigestEntry[];
  mentions: number;
}

/** One indexed figure and the numbers on the page that were tied to it. */
export interface FigureGroup {
  id: string;
  subject: string;
  /** Each distinct number as the page writes it, with its verdict and how often it occurs. */
  numbers: { surface: string; status: 'match' | 'mismatch'; count: number }[];
  /** True when any of the numbers differs from the indexed figure. */
  mismatch: boolean;
}

/**
 * Entries grouped by kind. The kind the page talks about most comes first (ties in `kinds`
 * order: the schema's, passed in so the popup need not load the schema); inside a group the
 * digest's order holds: most mentioned first.
 */
export function groupByKind(entries: readonly DigestEntry[], kinds: readonly string[]): KindGroup[] {
  const kindOrder = (kind: string) => (kinds.includes(kind) ? kinds.indexOf(kind) : kinds.length);
  const groups = new Map<string, KindGroup>();
  for (const e of entries) {
    let group = groups.get(e.kind);
    if (!group) groups.set(e.kind, (group = { kind: e.kind as EntryKind, entries: [], mentions: 0 }));
    group.entries.push(e);
    group.mentions += e.count;
  }
  return [...groups.values()].sort((a, b) => b.mentions - a.mentions || kindOrder(a.kind) - kindOrder(b.kind));
}

/**
 * The page's numbers gathered by the indexed figure they were tied to, in page order: "106
 * square kilometres" and "106平方公里" are one figure, and stepping through it visits both.
 * Figures with a number that differs from the source come first: that is what a reader checks.
 */
export function groupFigures(figures: PageDigest['figures']): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const f of figures) {
    let group = groups.get(f.id);
    if (!group) groups.set(f.id, (group = { id: f.id, subject: f.subject, numbers: [], mismatch: false }));
    const same = group.numbers.find((n) => n.surface === f.surface && n.status === f.status);
    if (same) same.count++;
    else group.numbers.push({ surface: f.surface, status: f.status, count: 1 });
    group.mismatch ||= f.status === 'mismatch';
  }
  return [...groups.values()].sort((a, b) => Number(b.mismatch) - Number(a.mismatch));
}
