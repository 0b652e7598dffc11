/**
 * The matcher's automaton as the build leaves it, ready to ship in the content script: the
 * states of the alias trie in preorder (a state's first child is the state after it, its
 * next sibling `distance` states on), one character per state, so a page reads the tables in
 * place and decodes nothing at start-up.
 */
export interface AutomatonTables {
  /** Format of these tables; a build artefact of another format is refused. */
  format: 4;
  states: number;
  patterns: number;
  /** Per state, as a character: distance to its next sibling × 4, + HAS_CHILD, + 1 where a pattern ends there (+ CHAR_BASE). */
  info: string;
  /** The folded code unit leading into each state; state 0 (the root) has a placeholder. */
  codes: string;
  /** Sibling distances of FAR or more, by state (their character holds FAR). */
  far: Record<number, number>;
  /** The root's children, as gaps between their states (sextets). */
  roots: string;
  /** Per block of BLOCK states: how many patterns end before the block (sextets). */
  terminalsBefore: string;
}

export const TABLES_FORMAT = 4;

/** One value per character, shifted past the control characters so the text needs no escapes. */
export const CHAR_BASE = 0x30;

/** States per block of the pattern-rank checkpoints. */
export const BLOCK = 64;

/** Flag in a state's value: it has children (the first is the next state). */
export const HAS_CHILD = 2;

/** The largest sibling distance a state's character holds; longer ones are listed in `far`. */
export const FAR = (0xd800 - CHAR_BASE) >> 2;
