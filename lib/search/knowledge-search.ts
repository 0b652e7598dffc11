import { Index } from 'flexsearch';
import type { EntryKind } from '../kb/schema';
import type { KnowledgeBase } from '../kb/types';
import type { Matcher } from '../match/matcher';
import type { TextFolder } from './fold';
import { excerpt, findMarks, type Marked, type Span } from './marks';
import type { EntryHit, PassageHit, SearchResults } from './types';
import { ACROSS_NAMES, scoreNames } from './rank';
import { comparable, indexTokens, queryTerms, type QueryTerm } from './terms';
import { entriesOf } from '../match/mention';

interface EntryDoc {
  id: string;
  kind: EntryKind;
  /** English name, Simplified, Traditional, then aliases: as written, folded, and as compared. */
  names: string[];
  foldedNames: string[];
  keys: string[];
  description: string;
  foldedDescription: string;
  /** Indices into the passage docs, best first. */
  passages: number[];
}

interface PassageDoc {
  source: string;
  passage: string;
  text: string;
  folded: string;
  /** Where each entry is named in the text, by the same matcher the pages use. */
  mentions: Map<string, Span[]>;
}

const EMPTY: SearchResults = { entries: [], passages: [], close: false };
/** Entries whose passages are offered when the words of a query are not in the sources (a Chinese query). */
const LINKED_ENTRIES = 3;

/**
 * Search over every entry (names in both scripts, aliases, description, figures) and every
 * source passage, with flexsearch underneath. Results are ranked for someone typing a name:
 * the name itself, then names that begin with it, then any name, then text.
 */
export class KnowledgeSearch {
  private readonly folder: TextFolder;
  private readonly entries: EntryDoc[] = [];
  private readonly entryById = new Map<string, EntryDoc>();
  private readonly passages: PassageDoc[] = [];
  private readonly entryIndex: Index;
  private readonly passageIndex: Index;
  /** Documents still to prepare and index, one step each: see indexSome. */
  private readonly pending: (() => void)[] = [];

  /** Cheap: the documents are prepared and indexed by indexSome (or the first search). */
  constructor(kb: KnowledgeBase, folder: TextFolder, matcher: Matcher) {
    this.folder = folder;
    const fold = (text: string) => folder.fold(text);
    const options = { tokenize: 'forward' as const, encode: (text: string) => indexTokens(fold(text)) };
    this.entryIndex = new Index(options);
    this.passageIndex = new Index(options);
    const passages = kb.sources.flatMap((s) => s.passages.map((p) => ({ source: s.id, passage: p.id, text: p.text })));
    const passageAt = new Map(passages.map((p, n) => [`${p.source}#${p.passage}`, n]));

    // Entries first: names are what a reader types first.
    kb.entries.forEach((e, n) =>
      this.pending.push(() => {
        const names = [e.names.en, e.names['zh-Hans'], e.names['zh-Hant'], ...e.aliases];
        const measures = kb.figures.filter((f) => f.subject === e.id).map((f) => f.measure);
        const doc: EntryDoc = {
          id: e.id,
          kind: e.kind,
          names,
          foldedNames: names.map(fold),
          keys: names.map((name) => comparable(fold(name))),
          description: e.description,
          foldedDescription: fold(e.description),
          passages: e.passages.map((l) => passageAt.get(`${l.source}#${l.passage}`)!),
        };
        this.entries[n] = doc;
        this.entryById.set(doc.id, doc);
        this.entryIndex.add(n, [...names, e.description, ...measures].join('\n'));
      }),
    );
    passages.forEach((p, n) =>
      this.pending.push(() => {
        this.passages[n] = { ...p, folded: fold(p.text), mentions: mentionsIn(p.text, matcher) };
        this.passageIndex.add(n, p.text);
      }),
    );
  }

  /**
   * Prepares and indexes documents (at least one) until `enough()` says stop; true once all
   * are in. The prefixes of every word make this the costly part, so the popup spreads it
   * over idle time instead of one long task; a search finishes whatever is left first.
   */
  indexSome(enough: () => boolean = () => false): boolean {
    while (this.pending.length > 0) {
      this.pending.shift()!();
      if (enough()) break;
    }
    return this.pending.length === 0;
  }

  /** Ranked entries and passages for what the reader has typed so far. */
  search(query: string, limits = { entries: 12, passages: 20 }): SearchResults {
    this.indexSome();
    const folded = this.folder.fold(query);
    const terms = queryTerms(folded);
    if (terms.length === 0) return EMPTY;
    const words = terms.map((t) => t.text).join(' ');
    let entryIds = this.entryIndex.search(words, { limit: 1000 }) as number[];
    let passageIds = this.passageIndex.search(words, { limit: 1000 }) as number[];
    const close = entryIds.length === 0 && passageIds.length === 0;
    if (close) {
      entryIds = this.entryIndex.search(words, { limit: 1000, suggest: true }) as number[];
      passageIds = this.passageIndex.search(words, { limit: 1000, suggest: true }) as number[];
    }
    const entries = this.rankEntries(entryIds, comparable(folded), query.trim(), terms);
    const passages = this.rankPassages(passageIds, entries, terms);
    return { entries: entries.slice(0, limits.entries), passages: passages.slice(0, limits.passages), close };
  }

  private rankEntries(ids: number[], query: string, rawQuery: string, terms: QueryTerm[]): EntryHit[] {
    return ids
      .map((n, order) => {
        const doc = this.entries[n]!;
        const match = scoreNames(doc.keys, doc.names, query, rawQuery, terms);
        const length = match.field >= 0 ? doc.keys[match.field]!.length : Infinity;
        return { doc, match, length, order };
      })
      .sort((a, b) => b.match.score - a.match.score || a.length - b.length || a.order - b.order)
      .map(({ doc, match }) => ({
        id: doc.id,
        kind: doc.kind,
        name: { text: doc.names[0]!, marks: findMarks(doc.foldedNames[0]!, terms) },
        detail: this.detail(doc, match.field, terms),
        score: match.score,
      }));
  }

  /** What to show under the name: the name that answered, else the first marked one, else the text. */
  private detail(doc: EntryDoc, field: number, terms: QueryTerm[]): Marked {
    const marked = (i: number): Marked => ({ text: doc.names[i]!, marks: findMarks(doc.foldedNames[i]!, terms) });
    if (field > 0) return marked(field);
    if (field === -1) {
      for (let i = 1; i < doc.names.length; i++) if (marked(i).marks.length > 0) return marked(i);
      const inText = findMarks(doc.foldedDescription, terms);
      if (inText.length > 0) return excerpt(doc.description, inText, 140);
    }
    return { text: doc.names[1]!, marks: [] };
  }

  private rankPassages(ids: number[], entries: EntryHit[], terms: QueryTerm[]): PassageHit[] {
    const direct = ids
      .map((n, order) => ({ n, order, marks: findMarks(this.passages[n]!.folded, terms) }))
      .sort((a, b) => b.marks.length - a.marks.length || a.order - b.order);
    const hits: PassageHit[] = [];
    const seen = new Set<number>();
    const add = (n: number, marks: Span[], via: string | null) => {
      if (seen.has(n)) return;
      seen.add(n);
      const p = this.passages[n]!;
      hits.push({ source: p.source, passage: p.passage, excerpt: excerpt(p.text, marks), via });
    };
    for (const d of direct) add(d.n, d.marks, null);
    // A Chinese query rarely has its words in the (English) sources: the passages that name
    // the entries it found answer it instead.
    for (const entry of entries.filter((e) => e.score >= ACROSS_NAMES).slice(0, LINKED_ENTRIES)) {
      for (const n of this.entryById.get(entry.id)!.passages) add(n, this.passages[n]!.mentions.get(entry.id) ?? [], entry.id);
    }
    return hits;
  }
}

function mentionsIn(text: string, matcher: Matcher): Map<string, Span[]> {
  const byEntry = new Map<string, Span[]>();
  for (const m of matcher.findMentions(text)) {
    for (const e of entriesOf(m)) {
      const id = matcher.entryId(e);
      byEntry.set(id, [...(byEntry.get(id) ?? []), [m.start, m.end]]);
    }
  }
  return byEntry;
}
