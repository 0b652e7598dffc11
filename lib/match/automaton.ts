import { countSextets, decodeSextets } from './sextets';
import { BLOCK, CHAR_BASE, FAR, HAS_CHILD, TABLES_FORMAT, type AutomatonTables } from './tables';

const ENDS = 1;
const SUFFIX_ENDS = 2;
/** Transitions remembered at once: 2^15 slots, 320 kB, whatever the size of the index. */
const CACHE_BITS = 15;
const CACHE_SLOTS = 1 << CACHE_BITS;

/**
 * Aho–Corasick automaton over folded code units, read in place from the tables the build made
 * (see build-tables.ts). Scanning costs one transition per input character (plus amortised
 * failure steps), whatever the number of patterns.
 *
 * Nothing is built at start-up. A state's failure link is resolved when a scan first reaches
 * the state, from its parent's, which is known because the scan came through the parent; the
 * root's children are read the first time the root is left. A page pays only for the states
 * its text reaches.
 */
export class Automaton {
  private readonly info: string;
  private readonly codes: string;
  private readonly far: Record<number, number>;
  private readonly tables: AutomatonTables;
  /**
   * Each state's failure link + 1; 0 until it is known. Zero is what a new buffer holds, so
   * nothing is written at start-up and the memory of states a page never reaches is never touched.
   */
  private readonly link: Int32Array;
  /** Depth of each state whose failure link is known: the length of its path from the root. */
  private readonly depth: Uint16Array;
  /** For states with known links: ENDS where a pattern ends there, SUFFIX_ENDS where one ends at a proper suffix. */
  private readonly out: Uint8Array;
  /** A direct-mapped cache of transitions from states other than the root: state, code, next. */
  private readonly cacheState: Int32Array;
  private readonly cacheCode: Uint16Array;
  private readonly cacheNext: Int32Array;
  /** The root's transition per code unit + 1, -1 for none, 0 until first looked up. */
  private readonly rootNext: Int32Array;
  private roots: Int32Array | null = null;
  private terminalsBefore: Int32Array | null = null;
  readonly patterns: number;

  constructor(tables: AutomatonTables) {
    if (tables.format !== TABLES_FORMAT) {
      throw new Error(`matcher tables are of format ${String(tables.format)}, expected ${TABLES_FORMAT}: rebuild the extension`);
    }
    const n = tables.states;
    if (tables.codes.length !== n || tables.info.length !== n) {
      throw new Error(`matcher tables are corrupt: ${tables.codes.length} codes and ${tables.info.length} states for ${n}`);
    }
    this.tables = tables;
    this.patterns = tables.patterns;
    this.info = tables.info;
    this.codes = tables.codes;
    this.far = tables.far;
    // Every array of the automaton's state in one buffer: one allocation, where one per array
    // cost a page 2–4 ms at start-up, and nothing written to it until a scan needs it. 32-bit
    // arrays first, so each view is aligned.
    const buffer = new ArrayBuffer(4 * (n + 2 * CACHE_SLOTS + 0x10000) + 2 * (n + CACHE_SLOTS) + n);
    let at = 0;
    const take = <T>(View: new (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, bytes: number): T => {
      const view = new View(buffer, at, length);
      at += length * bytes;
      return view;
    };
    this.link = take(Int32Array, n, 4);
    this.link[0] = 1;
    this.cacheState = take(Int32Array, CACHE_SLOTS, 4);
    this.cacheNext = take(Int32Array, CACHE_SLOTS, 4);
    this.rootNext = take(Int32Array, 0x10000, 4);
    this.depth = take(Uint16Array, n, 2);
    this.cacheCode = take(Uint16Array, CACHE_SLOTS, 2);
    this.out = take(Uint8Array, n, 1);
  }

  private value(s: number): number {
    return this.info.charCodeAt(s) - CHAR_BASE;
  }

  /** The child of `state` (not the root) reached by `code`, or 0: siblings are in code order. */
  private child(state: number, code: number): number {
    if (!(this.value(state) & HAS_CHILD)) return 0;
    const codes = this.codes;
    for (let c = state + 1; ;) {
      const k = codes.charCodeAt(c);
      if (k === code) return c;
      if (k > code) return 0;
      let distance = this.value(c) >> 2;
      if (distance === 0) return 0;
      if (distance === FAR) distance = this.far[c]!;
      c += distance;
    }
  }

  private rootChild(code: number): number {
    const memo = this.rootNext[code]!;
    if (memo !== 0) return memo > 0 ? memo - 1 : 0;
    const roots = (this.roots ??= this.readRoots());
    let low = 0;
    let high = roots.length - 1;
    let found = 0;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const k = this.codes.charCodeAt(roots[mid]!);
      if (k === code) {
        found = roots[mid]!;
        break;
      }
      if (k < code) low = mid + 1;
      else high = mid - 1;
    }
    if (found > 0) this.know(found, 0, code);
    this.rootNext[code] = found > 0 ? found + 1 : -1;
    return found;
  }

  private readRoots(): Int32Array {
    const gaps = this.tables.roots;
    const roots = decodeSextets(gaps, countSextets(gaps));
    for (let i = 1; i < roots.length; i++) roots[i] = roots[i]! + roots[i - 1]!;
    if (roots.length > 0 && (roots[0] !== 1 || roots[roots.length - 1]! >= this.tables.states)) {
      throw new Error('matcher tables are corrupt: the root children are out of range');
    }
    return roots;
  }

  /** Resolves the failure link of `c`, the child of `parent` by `code`, if not yet known. */
  private know(c: number, parent: number, code: number): void {
    if (this.link[c] !== 0) return;
    this.depth[c] = this.depth[parent]! + 1;
    const target = parent === 0 ? 0 : this.goto(this.link[parent]! - 1, code);
    this.link[c] = target + 1;
    this.out[c] = (this.value(c) & ENDS) | (target !== 0 && this.out[target] !== 0 ? SUFFIX_ENDS : 0);
  }

  /** The transition function from a state with a known link: its child, else along its links. */
  private goto(state: number, code: number): number {
    for (;;) {
      if (state === 0) return this.rootChild(code);
      const c = this.child(state, code);
      if (c > 0) {
        this.know(c, state, code);
        return c;
      }
      state = this.link[state]! - 1;
    }
  }

  /** The state after reading one code unit. */
  next(state: number, code: number): number {
    if (state === 0) return this.rootChild(code);
    const slot = (Math.imul(state, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> (32 - CACHE_BITS);
    if (this.cacheState[slot] === state && this.cacheCode[slot] === code) return this.cacheNext[slot]!;
    const next = this.goto(state, code);
    this.cacheState[slot] = state;
    this.cacheCode[slot] = code;
    this.cacheNext[slot] = next;
    return next;
  }

  /** Whether a pattern ends at this state or at one of its suffixes. */
  hasOutput(state: number): boolean {
    return this.out[state] !== 0;
  }

  /** Calls visit(pattern, length) for every pattern that ends at this state, longest first. */
  forEachOutput(state: number, visit: (pattern: number, length: number) => void): void {
    for (let s = state; s > 0; s = this.link[s]! - 1) {
      const out = this.out[s]!;
      if (out & ENDS) visit(this.patternAt(s), this.depth[s]!);
      if (!(out & SUFFIX_ENDS)) return;
    }
  }

  /** The pattern ending at a state: patterns are numbered in the order of their states. */
  private patternAt(state: number): number {
    const before = (this.terminalsBefore ??= decodeSextets(this.tables.terminalsBefore, Math.ceil(this.tables.states / BLOCK)));
    const block = (state / BLOCK) | 0;
    let k = before[block]!;
    for (let s = block * BLOCK; s < state; s++) k += this.value(s) & ENDS;
    return k;
  }
}
