import { decodeSextets } from './sextets';
import { BLOCK, CHAR_BASE, TABLES_FORMAT, type AutomatonTables } from './tables';

/** fail[s] before the state's failure link is known. */
const UNKNOWN = -1;

/**
 * Aho–Corasick automaton over folded code units, read in place from the tables the build made
 * (see build-tables.ts). Scanning costs one transition per input character (plus amortised
 * failure steps), whatever the number of patterns.
 *
 * Nothing is built at start-up: child offsets are decoded a block of states at a time when a
 * scan first enters the block, and a state's failure link is resolved when a scan first
 * reaches the state, from its parent's (which is known: the scan came through it). A page
 * pays only for the states its text reaches.
 */
export class Automaton {
  private readonly info: string;
  private readonly codes: string;
  private readonly states: number;
  /** Child offset of each state, valid where its block is decoded. */
  private readonly first: Int32Array;
  private readonly decoded: Uint8Array;
  private readonly checkpoints: Int32Array;
  private readonly fail: Int32Array;
  /** Depth of each state whose failure link is known: the length of its path from the root. */
  private readonly depth: Uint16Array;
  /** 1 where a pattern ends at a proper suffix of the state, for states with known links. */
  private readonly suffixEnds: Uint8Array;
  /** The root's transition per code unit + 1, -1 for none, 0 until first looked up. */
  private readonly rootNext: Int32Array;
  readonly patterns: number;

  constructor(tables: AutomatonTables) {
    if (tables.format !== TABLES_FORMAT) {
      throw new Error(`matcher tables are of format ${String(tables.format)}, expected ${TABLES_FORMAT}: rebuild the extension`);
    }
    const n = tables.states;
    if (tables.codes.length !== n || tables.info.length !== n) {
      throw new Error(`matcher tables are corrupt: ${tables.codes.length} codes and ${tables.info.length} states for ${n}`);
    }
    this.states = n;
    this.patterns = tables.patterns;
    this.info = tables.info;
    this.codes = tables.codes;
    const blocks = Math.ceil(n / BLOCK);
    this.checkpoints = decodeSextets(tables.checkpoints, blocks * 2);
    this.first = new Int32Array(n + 1);
    this.first[n] = n;
    this.decoded = new Uint8Array(blocks);
    this.fail = new Int32Array(n).fill(UNKNOWN);
    this.fail[0] = 0;
    this.depth = new Uint16Array(n);
    this.suffixEnds = new Uint8Array(n);
    this.rootNext = new Int32Array(0x10000);
  }

  private value(s: number): number {
    return this.info.charCodeAt(s) - CHAR_BASE;
  }

  private decodeBlock(block: number): void {
    const from = block * BLOCK;
    const to = Math.min(from + BLOCK, this.states);
    let first = this.checkpoints[block * 2]!;
    for (let s = from; s < to; s++) {
      this.first[s] = first;
      first += this.value(s) >> 1;
    }
    if (to < this.states && this.checkpoints[block * 2 + 2] !== first) {
      throw new Error(`matcher tables are corrupt: block ${block} does not meet the next`);
    }
    this.decoded[block] = 1;
  }

  /** The child of `state` (not the root) reached by `code`, or 0. */
  private child(state: number, code: number): number {
    const block = (state / BLOCK) | 0;
    if (!this.decoded[block]) this.decodeBlock(block);
    const from = this.first[state]!;
    const to = (state + 1) % BLOCK === 0 ? (state + 1 < this.states ? this.checkpoints[block * 2 + 2]! : this.states) : this.first[state + 1]!;
    const codes = this.codes;
    if (to - from > 8) {
      let low = from;
      let high = to - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const k = codes.charCodeAt(mid);
        if (k === code) return mid;
        if (k < code) low = mid + 1;
        else high = mid - 1;
      }
      return 0;
    }
    for (let c = from; c < to; c++) {
      const k = codes.charCodeAt(c);
      if (k === code) return c;
      if (k > code) return 0;
    }
    return 0;
  }

  private rootChild(code: number): number {
    const memo = this.rootNext[code]!;
    if (memo !== 0) return memo > 0 ? memo - 1 : 0;
    const c = this.child(0, code);
    if (c > 0) this.know(c, 0, code);
    this.rootNext[code] = c > 0 ? c + 1 : -1;
    return c;
  }

  /** Resolves the failure link of `c`, the child of `parent` by `code`, if not yet known. */
  private know(c: number, parent: number, code: number): void {
    if (this.fail[c] !== UNKNOWN) return;
    this.depth[c] = this.depth[parent]! + 1;
    const target = parent === 0 ? 0 : this.goto(this.fail[parent]!, code);
    this.fail[c] = target;
    this.suffixEnds[c] = target !== 0 && ((this.value(target) & 1) === 1 || this.suffixEnds[target] === 1) ? 1 : 0;
  }

  /** The full transition function from a state with a known link: child, else follow links. */
  private goto(state: number, code: number): number {
    for (;;) {
      if (state === 0) return this.rootChild(code);
      const c = this.child(state, code);
      if (c > 0) {
        this.know(c, state, code);
        return c;
      }
      state = this.fail[state]!;
    }
  }

  /** The state after reading one code unit. */
  next(state: number, code: number): number {
    return this.goto(state, code);
  }

  /** Whether a pattern ends at this state or at one of its suffixes. */
  hasOutput(state: number): boolean {
    return (this.value(state) & 1) === 1 || this.suffixEnds[state] === 1;
  }

  /** Calls visit(pattern, length) for every pattern that ends at this state, longest first. */
  forEachOutput(state: number, visit: (pattern: number, length: number) => void): void {
    for (let s = state; s > 0; s = this.fail[s]!) {
      if (this.value(s) & 1) visit(this.patternAt(s), this.depth[s]!);
      if (!this.suffixEnds[s]) return;
    }
  }

  /** The pattern ending at a state: patterns are numbered in the order of their states. */
  private patternAt(state: number): number {
    const block = (state / BLOCK) | 0;
    let k = this.checkpoints[block * 2 + 1]!;
    for (let s = block * BLOCK; s < state; s++) k += this.value(s) & 1;
    return k;
  }
}
