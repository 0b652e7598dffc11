import type { FigureUnit } from './kinds';
import type { AutomatonTables } from './tables';

/** One alias as the build sees it, before it is compiled into the automaton's tables. */
export interface PatternData {
  /** The alias folded by normalizeAlias. */
  text: string;
  /** Indices into MatcherData.entries; empty for an exclusion (a phrase that is not an entry). */
  targets: number[];
  /** The forms, case kept, one of which the text must match exactly ("the Loop", "The Loop"). */
  exact?: string[];
  /** Marked only with context: an unambiguous mention in the same block, or on the page. */
  ambiguous?: AmbiguityData;
}

export interface AmbiguityData {
  within: 'block' | 'page';
  /** Indices into MatcherData.entries whose mentions count as context; any entry when absent. */
  with?: number[];
}

/** What the page needs of an indexed figure to recognise it on a page. */
export interface FigureData {
  id: string;
  /** Index into MatcherData.entries. */
  subject: number;
  unit: FigureUnit;
  value: number | string;
  /** Smallest step the stated number can express (1 for "106", 0.1 for "18.6"). */
  resolution: number;
  /** The date the figure refers to (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf: string;
  /** Folded cue words; a page number links to this figure only with one of them nearby. */
  cues: string[];
}

/** What a few patterns need beyond their entries: case-kept forms, context rules. */
export interface PatternRule {
  /** The entries an alias names when it names more than one (declared shared). */
  targets?: number[];
  exact?: string[];
  ambiguous?: AmbiguityData;
}

/** The compact, serialisable part of the index that the content script carries. */
export interface MatcherData {
  /** Traditional characters the patterns need read as Simplified, each followed by its Simplified form. */
  simplified: string;
  /** Entry ids, in index order: mentions refer to entries by their position here. */
  ids: string[];
  /** Each entry's kind as one letter, 'a' for ENTRY_KINDS[0] and so on. */
  kinds: string;
  /** The automaton over every folded alias, compiled at build time. */
  automaton: AutomatonTables;
  /** Per pattern in automaton order, as a character: its one entry's index + 1, or 0 (+ CHAR_BASE). */
  targets: string;
  /** The longest alias, in folded code units: how far back a match can start. */
  maxLength: number;
  /** Rules of the patterns that have any, by pattern index. */
  rules: Record<number, PatternRule>;
  figures: FigureData[];
}

/** An entry found in a text; offsets are UTF-16 indices into that text. */
export interface Mention {
  entry: number;
  /** Other entries sharing the alias (declared shared in the data). */
  also: number[];
  start: number;
  end: number;
  /** Present when the alias is ambiguous: the mention stands only with this context. */
  ambiguous?: AmbiguityData;
}

/** A number with a unit found in a text. */
export interface NumberMention {
  start: number;
  end: number;
  unit: FigureUnit;
  value: number | string;
  resolution: number;
}

/** A number on a page tied to an indexed figure about an entry mentioned nearby. */
export interface FigureMention extends NumberMention {
  figure: number;
  status: 'match' | 'mismatch';
}
