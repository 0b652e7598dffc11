import type { EntryKind } from '../match/kinds';
import type { TextFolder } from '../search/fold';

/** Something a selection can be looked up as: an index entry or one of the reader's terms. */
export interface LookupCandidate {
  id: string;
  name: string;
  kind: EntryKind;
  own: boolean;
  /** Every name and alias, in any script. */
  names: readonly string[];
}

/** One answer to a look-up, best first. */
export interface LookupHit {
  id: string;
  name: string;
  kind: EntryKind;
  own: boolean;
  /** `exact`: the selection is one of its names; `named`: the selection names it; `partial`: part of a name. */
  how: 'exact' | 'named' | 'partial';
  /** The name that matched, when it is not the main one. */
  via?: string;
}

const MAX_HITS = 8;

/**
 * Finds what a selected text is: folded for case, width, dashes and script (橫琴 = 横琴,
 * ＨＥＮＧＱＩＮ = Hengqin): a whole name first, then names that begin with the selection
 * ("Hengqin Coop" finds the zone), then what the matchers find named inside it, then names
 * that hold it elsewhere.
 */
export class LookupIndex {
  private readonly folded: { candidate: LookupCandidate; names: { written: string; folded: string }[] }[];
  private readonly byId = new Map<string, LookupCandidate>();

  constructor(
    private readonly folder: TextFolder,
    candidates: readonly LookupCandidate[],
  ) {
    this.folded = candidates.map((candidate) => ({
      candidate,
      names: candidate.names.map((written) => ({ written, folded: this.fold(written) })).filter((n) => n.folded),
    }));
    for (const c of candidates) this.byId.set(c.id, c);
  }

  fold(text: string): string {
    return this.folder.fold(text).replace(/\s+/g, ' ').trim();
  }

  /** `named`: ids the matchers (index first, then own terms) find in the selection, in order. */
  find(text: string, named: readonly string[] = []): LookupHit[] {
    const query = this.fold(text);
    if (!query) return [];
    const hits: LookupHit[] = [];
    const seen = new Set<string>();
    const push = (c: LookupCandidate, how: LookupHit['how'], via?: string) => {
      if (seen.has(c.id) || hits.length >= MAX_HITS) return;
      seen.add(c.id);
      hits.push({ id: c.id, name: c.name, kind: c.kind, own: c.own, how, ...(via && via !== c.name ? { via } : {}) });
    };
    // The index's entries before the reader's own terms at every step: the index wins a name.
    const ordered = [...this.folded.filter((f) => !f.candidate.own), ...this.folded.filter((f) => f.candidate.own)];
    for (const { candidate, names } of ordered) {
      const name = names.find((n) => n.folded === query);
      if (name) push(candidate, 'exact', name.written);
    }
    const pushNamed = () => {
      for (const id of named) {
        const c = this.byId.get(id);
        if (c) push(c, 'named');
      }
    };
    if ([...query].length < 2) {
      pushNamed();
      return hits;
    }
    const partial: { candidate: LookupCandidate; via: string; score: number }[] = [];
    for (const { candidate, names } of ordered) {
      if (seen.has(candidate.id)) continue;
      let best: { via: string; score: number } | null = null;
      for (const n of names) {
        const at = n.folded.indexOf(query);
        if (at < 0) continue;
        // A name that starts with the query beats one that has it at a word's start, then anywhere.
        const score = at === 0 ? 0 : n.folded[at - 1] === ' ' ? 1 : 2;
        if (!best || score < best.score || (score === best.score && n.folded.length < this.fold(best.via).length))
          best = { via: n.written, score };
      }
      if (best) partial.push({ candidate, ...best });
    }
    partial.sort(
      (a, b) => a.score - b.score || Number(a.candidate.own) - Number(b.candidate.own) || a.candidate.name.length - b.candidate.name.length,
    );
    // A name the selection begins (the reader caught the start of it) before what the selection names inside.
    for (const p of partial) if (p.score === 0) push(p.candidate, 'partial', p.via);
    pushNamed();
    for (const p of partial) push(p.candidate, 'partial', p.via);
    return hits;
  }
}
