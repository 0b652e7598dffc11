import type { EntryKind } from '../match/kinds';

/** An index entry as an own term's card links to it. */
export interface LinkedEntry {
  id: string;
  name: string;
  kind: EntryKind;
}

/** An own term as cards, the popup and the editor show it. */
export interface OwnCardData {
  id: string;
  names: string[];
  kind: EntryKind;
  note: string;
  createdAt: string;
  editedAt: string;
  links: LinkedEntry[];
  /** Names the index also knows: there the index's entry is highlighted, not this term. */
  claims: { name: string; entry: LinkedEntry }[];
}
