import { decodeSextets } from './sextets';
import { TABLES_FORMAT, type AutomatonTables } from './tables';

/** Flags per state: a pattern ends here; a pattern ends at some proper suffix of this state. */
const ENDS = 1;
const SUFFIX_ENDS = 2;

/**
 * Aho–Corasick automaton over folded code units, decoded from the tables the build made (see
 * build-tables.ts). Scanning costs one transition per input character (plus amortised failure
 * steps), whatever the number of patterns. Decoding is a few linear passes: no insertion, no
 * failure-link construction.
 */
export class Automaton {
  /** Children of state s are the states first[s] … first[s + 1] - 1. */
  private readonly first: Int32Array;
  /** codes.charCodeAt(s): the code unit that leads into state s. */
  private readonly codes: string;
  private readonly fail: Int32Array;
  private readonly flags: Uint8Array;
  /** The state where each pattern ends, ascending: pattern k ends at terminals[k]. */
  private readonly terminals: Int32Array;
  /** The root's transitions by code unit (0: stay at the root). */
  private readonly rootNext: Int32Array;
  /** Length of each pattern in folded code units. */
  readonly lengths: Int32Array;

  constructor(tables: AutomatonTables) {
    if (tables.format !== TABLES_FORMAT) {
      throw new Error(`matcher tables are of format ${String(tables.format)}, expected ${TABLES_FORMAT}: rebuild the extension`);
    }
    const n = tables.states;
    if (tables.codes.length !== n) throw new Error(`matcher tables are corrupt: ${tables.codes.length} codes for ${n} states`);
    const childCount = decodeSextets(tables.children, n);
    const first = new Int32Array(n + 1);
    first[0] = 1;
    for (let s = 0; s < n; s++) first[s + 1] = first[s]! + childCount[s]!;
    if (first[n] !== n) throw new Error(`matcher tables are corrupt: ${first[n]! - 1} children for ${n - 1} states`);
    const fail = new Int32Array(n);
    fail.set(decodeSextets(tables.fail, n - 1), 1);

    const gaps = decodeSextets(tables.terminals, tables.patterns);
    const terminals = new Int32Array(tables.patterns);
    const flags = new Uint8Array(n);
    let at = 0;
    for (let k = 0; k < gaps.length; k++) {
      at += gaps[k]!;
      if (at <= 0 || at >= n || (k > 0 && gaps[k] === 0)) throw new Error(`matcher tables are corrupt: pattern ${k} ends at state ${at}`);
      terminals[k] = at;
      flags[at] = ENDS;
    }

    // Breadth-first order puts every failure target before the state that fails to it.
    const depth = new Int32Array(n);
    for (let s = 0; s < n; s++) {
      for (let c = first[s]!; c < first[s + 1]!; c++) depth[c] = depth[s]! + 1;
      if (s > 0) {
        const f = fail[s]!;
        if (f >= s || depth[f]! >= depth[s]!) throw new Error(`matcher tables are corrupt: state ${s} fails forward to ${f}`);
        if (flags[f]) flags[s] = flags[s]! | SUFFIX_ENDS;
      }
    }
    const rootNext = new Int32Array(0x10000);
    for (let c = first[0]!; c < first[1]!; c++) rootNext[tables.codes.charCodeAt(c)] = c;

    this.first = first;
    this.codes = tables.codes;
    this.fail = fail;
    this.flags = flags;
    this.terminals = terminals;
    this.rootNext = rootNext;
    this.lengths = Int32Array.from(terminals, (state) => depth[state]!);
  }

  /** The state after reading one code unit. */
  next(state: number, code: number): number {
    const first = this.first;
    const codes = this.codes;
    while (state !== 0) {
      const end = first[state + 1]!;
      for (let c = first[state]!; c < end; c++) {
        const k = codes.charCodeAt(c);
        if (k === code) return c;
        if (k > code) break;
      }
      state = this.fail[state]!;
    }
    return this.rootNext[code]!;
  }

  /** Whether a pattern ends at this state or at one of its suffixes. */
  hasOutput(state: number): boolean {
    return this.flags[state] !== 0;
  }

  /** Calls visit(pattern) for every pattern that ends at this state, longest first. */
  forEachOutput(state: number, visit: (pattern: number) => void): void {
    for (let s = state; s > 0; s = this.fail[s]!) {
      const f = this.flags[s]!;
      if (f & ENDS) visit(this.patternAt(s));
      if (!(f & SUFFIX_ENDS)) return;
    }
  }

  private patternAt(state: number): number {
    const t = this.terminals;
    let low = 0;
    let high = t.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (t[mid]! < state) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
