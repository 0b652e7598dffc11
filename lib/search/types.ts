import type { EntryKind } from '../kb/schema';
import type { Marked } from './marks';

export interface EntryHit {
  id: string;
  kind: EntryKind;
  /** The English name, with the query's words marked. */
  name: Marked;
  /** The other name, alias or piece of description that answered the query, marked. */
  detail: Marked;
  score: number;
}

export interface PassageHit {
  source: string;
  passage: string;
  excerpt: Marked;
  /** The entry the passage was found through (it mentions it), or null for a match in its words. */
  via: string | null;
}

export interface SearchResults {
  entries: EntryHit[];
  passages: PassageHit[];
  /** Nothing had every word of the query: these are the nearest, with some of them. */
  close: boolean;
}
