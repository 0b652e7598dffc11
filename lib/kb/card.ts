import { Matcher } from '../match/matcher';
import { formatDate, formatFigure } from './format';
import type { EntryKind, RelationType, Source } from './schema';
import type { KbFigure, KnowledgeBase } from './types';
import { nameIn, type NameScript } from '../i18n/names';

export interface SourceRef {
  id: string;
  title: string;
  publisher?: string;
  date: string;
  /** Shown beside every quotation where the source's rights ask for attribution (CC BY-SA). */
  licence?: { name: string; url: string };
}

export interface EntryRef {
  id: string;
  name: string;
  kind: EntryKind;
}

export interface CardFigure {
  id: string;
  measure: string;
  /** The indexed value as a reader would say it: "about 106 km²". */
  display: string;
  asOf: string;
  source: SourceRef;
  passage: string;
}

/** What an indexed figure measures, its indexed value and the name of what it is about. */
export interface FigureInfo {
  measure: string;
  display: string;
  subject: string;
}

export interface CardPassage {
  source: SourceRef;
  passage: string;
  section?: string;
  text: string;
  /** Where the entry is named in `text`, to emphasise it. */
  marks: [number, number][];
}

export interface CardRelation {
  /** In English, for exports and tests; the interface names the relation from `type`. */
  label: string;
  type: RelationType;
  /** Read from the other entry's side ("Sets up" rather than "Set up by"). */
  inverse: boolean;
  entry: EntryRef;
}

/** Everything a hover card or the popup shows about one entry. */
export interface EntryCardData extends EntryRef {
  names: { en: string; 'zh-Hans': string; 'zh-Hant': string };
  description: string;
  proposal: boolean;
  figures: CardFigure[];
  relations: CardRelation[];
  passages: CardPassage[];
  /** How many passages mention the entry in all, of which `passages` are the best. */
  passageCount: number;
}

const FORWARD: Record<RelationType, string> = {
  'set-up-by': 'Set up by',
  'governed-by': 'Governed by',
  'part-of': 'Part of',
  'located-in': 'Located in',
  'issued-by': 'Issued by',
  proposes: 'Proposes',
  includes: 'Includes',
  'related-to': 'Related to',
};
const INVERSE: Record<RelationType, string> = {
  'set-up-by': 'Sets up',
  'governed-by': 'Governs',
  'part-of': 'Includes',
  'located-in': 'Contains',
  'issued-by': 'Issued',
  proposes: 'Proposed by',
  includes: 'Member of',
  'related-to': 'Related to',
};
const ORDER: RelationType[] = ['set-up-by', 'governed-by', 'part-of', 'located-in', 'issued-by', 'proposes', 'includes', 'related-to'];

/** Builds cards from the compiled index; one per extension context, reused for every card. */
export class CardBuilder {
  private readonly index: KnowledgeBase;
  private readonly matcher: Matcher;
  private readonly entries: Map<string, KnowledgeBase['entries'][number]>;
  private readonly sources: Map<string, Source>;
  /** The script names are given in: the reader's (`name`; `names` always has all three). */
  nameScript: NameScript;

  /** `matcher`: pass one already built from `index.matcher` to share it (it takes milliseconds to build). */
  constructor(index: KnowledgeBase, matcher: Matcher = new Matcher(index.matcher), nameScript: NameScript = 'en') {
    this.nameScript = nameScript;
    this.index = index;
    this.matcher = matcher;
    this.entries = new Map(index.entries.map((e) => [e.id, e]));
    this.sources = new Map(index.sources.map((s) => [s.id, s]));
  }

  sourceRef(id: string): SourceRef {
    const s = this.sources.get(id)!;
    return {
      id: s.id,
      title: s.title,
      ...(s.publisher ? { publisher: s.publisher } : {}),
      date: formatDate(s.date),
      ...(s.licence ? { licence: s.licence } : {}),
    };
  }

  entryRef(id: string): EntryRef | null {
    const e = this.entries.get(id);
    return e ? { id: e.id, name: nameIn(e.names, this.nameScript), kind: e.kind } : null;
  }

  figure(f: KbFigure): CardFigure {
    return {
      id: f.id,
      measure: f.measure,
      display: formatFigure(f.value, f.unit, f.qualifier),
      asOf: formatDate(f.asOf),
      source: this.sourceRef(f.source),
      passage: f.passage,
    };
  }

  /** The card of an entry with its best `passageLimit` passages, or null for an unknown id. */
  entry(id: string, passageLimit = 3): EntryCardData | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    const relations = [...entry.relations]
      .sort((a, b) => Number(a.inverse) - Number(b.inverse) || ORDER.indexOf(a.type) - ORDER.indexOf(b.type))
      .map((r) => ({ label: (r.inverse ? INVERSE : FORWARD)[r.type], type: r.type, inverse: r.inverse, entry: this.entryRef(r.target)! }));
    const passages = entry.passages.slice(0, passageLimit).map((link) => {
      const passage = this.sources.get(link.source)!.passages.find((p) => p.id === link.passage)!;
      const marks = this.mentionsOf(id, passage.text);
      return {
        source: this.sourceRef(link.source),
        passage: link.passage,
        ...(passage.section ? { section: passage.section } : {}),
        text: passage.text,
        marks,
      };
    });
    return {
      id: entry.id,
      name: nameIn(entry.names, this.nameScript),
      kind: entry.kind,
      names: entry.names,
      description: entry.description,
      proposal: entry.proposal,
      figures: this.index.figures.filter((f) => f.subject === id).map((f) => this.figure(f)),
      relations,
      passages,
      passageCount: entry.passages.length,
    };
  }

  /** Where an entry is named in a text, by the matcher the pages use: to emphasise it. */
  mentionsOf(id: string, text: string): [number, number][] {
    const index = this.index.matcher.ids.indexOf(id);
    return this.matcher
      .findMentions(text)
      .filter((m) => m.entry === index || m.also.includes(index))
      .map((m): [number, number] => [m.start, m.end]);
  }

  /** An indexed figure with the entry it is about, for the card of a number on a page. */
  figureCard(figureId: string): { figure: CardFigure; subject: EntryRef } | null {
    const f = this.index.figures.find((x) => x.id === figureId);
    return f ? { figure: this.figure(f), subject: this.entryRef(f.subject)! } : null;
  }

  /** One line about an indexed figure, for a page digest's list of numbers. */
  figureInfo(figureId: string): FigureInfo | null {
    const card = this.figureCard(figureId);
    return card ? { measure: card.figure.measure, display: card.figure.display, subject: card.subject.name } : null;
  }
}
