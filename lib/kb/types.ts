import type { MatcherData } from '../match/types';
import type { EntryKind, Figure, RelationType, Source } from './schema';

/** A relation as a card shows it: `inverse` marks one derived from the other entry's side. */
export interface KbRelation {
  type: RelationType;
  target: string;
  inverse: boolean;
}

/** A source passage where the matcher finds an entry, with how often. */
export interface PassageLink {
  source: string;
  passage: string;
  count: number;
}

export interface KbEntry {
  id: string;
  kind: EntryKind;
  names: { en: string; 'zh-Hans': string; 'zh-Hant': string };
  /** Every form the matcher recognises, names excluded, generated script variants included. */
  aliases: string[];
  description: string;
  proposal: boolean;
  relations: KbRelation[];
  /** Best first: most mentions, then source order. */
  passages: PassageLink[];
  figures: string[];
}

export interface KbFigure extends Figure {
  /** Smallest step the stated number expresses, used to compare it with page numbers. */
  resolution: number;
}

/** The compiled index: everything the extension, the CLI and the tests read. */
export interface KnowledgeBase {
  entries: KbEntry[];
  sources: Source[];
  figures: KbFigure[];
  matcher: MatcherData;
}
