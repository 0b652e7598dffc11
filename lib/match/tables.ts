/**
 * The matcher's automaton as the build leaves it, ready to ship in the content script: the
 * states of the alias trie numbered breadth-first (so a state's children are consecutive
 * states), with their failure links already computed. A page decodes it; it builds nothing.
 */
export interface AutomatonTables {
  /** Format of these tables; a build artefact of another format is refused. */
  format: 1;
  states: number;
  patterns: number;
  /** Child count of every state, in state order (sextets). */
  children: string;
  /** The folded code unit leading into each state; state 0 (the root) has a placeholder. */
  codes: string;
  /** Failure link of every state but the root (sextets). */
  fail: string;
  /** Gaps between the states where patterns end; pattern k ends at the k-th such state (sextets). */
  terminals: string;
}

export const TABLES_FORMAT = 1;
