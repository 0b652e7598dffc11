/**
 * The matcher's automaton as the build leaves it, ready to ship in the content script: the
 * states of the alias trie numbered breadth-first (a state's children are consecutive
 * states), one character per state, so a page reads them in place and decodes nothing at
 * start-up but a short list of checkpoints.
 */
export interface AutomatonTables {
  /** Format of these tables; a build artefact of another format is refused. */
  format: 3;
  states: number;
  patterns: number;
  /** Per state, as a character: its number of children × 2, plus 1 where a pattern ends there (+ CHAR_BASE). */
  info: string;
  /** The folded code unit leading into each state; state 0 (the root) has a placeholder. */
  codes: string;
  /** Per block of BLOCK states: the first child of its first state, and the patterns ending before it (sextets). */
  checkpoints: string;
}

export const TABLES_FORMAT = 3;

/** One value per character, shifted past the control characters so the text needs no escapes. */
export const CHAR_BASE = 0x30;

/** States per block: a page decodes the child offsets of one block the first time it enters it. */
export const BLOCK = 64;
