/**
 * Aho–Corasick automaton over folded code units. Scanning costs one transition per input
 * character (plus amortised failure steps), whatever the number of patterns.
 */
export class Automaton {
  /** Pattern index that ends exactly at each state, or -1. */
  private readonly output: Int32Array;
  /** Nearest proper-suffix state that has an output, or -1: walks all matches ending here. */
  private readonly dictLink: Int32Array;
  private readonly fail: Int32Array;
  private readonly rootNext: Int32Array;
  private readonly keys: Int32Array;
  private readonly codes: Uint16Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  readonly lengths: Int32Array;
  readonly stateCount: number;

  constructor(patterns: readonly string[]) {
    const nodeChildren: Map<number, number>[] = [new Map()];
    const outputs: number[] = [-1];
    this.lengths = new Int32Array(patterns.length);
    patterns.forEach((pattern, index) => {
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let next = nodeChildren[state]!.get(code);
        if (next === undefined) {
          next = nodeChildren.length;
          nodeChildren.push(new Map());
          outputs.push(-1);
          nodeChildren[state]!.set(code, next);
        }
        state = next;
      }
      if (outputs[state] === -1) outputs[state] = index;
      this.lengths[index] = pattern.length;
    });

    const count = nodeChildren.length;
    this.stateCount = count;
    this.output = Int32Array.from(outputs);
    this.fail = new Int32Array(count);
    this.dictLink = new Int32Array(count).fill(-1);
    this.rootNext = new Int32Array(0x10000);

    let edges = 0;
    for (const children of nodeChildren) edges += children.size;
    let size = 16;
    while (size < edges * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.codes = new Uint16Array(size);
    this.values = new Int32Array(size);

    for (let state = 0; state < count; state++) {
      for (const [code, next] of nodeChildren[state]!) {
        if (state === 0) this.rootNext[code] = next;
        else this.put(state, code, next);
      }
    }

    // Breadth-first: failure links and dictionary links.
    const queue: number[] = [];
    for (const next of nodeChildren[0]!.values()) queue.push(next);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of nodeChildren[state]!) {
        let f = this.fail[state]!;
        let target = this.step(f, code);
        while (target === -1) {
          f = this.fail[f]!;
          target = this.step(f, code);
        }
        this.fail[child] = target;
        this.dictLink[child] = this.output[target]! !== -1 ? target : this.dictLink[target]!;
        queue.push(child);
      }
    }
  }

  private slot(state: number, code: number): number {
    return (Math.imul(state, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & this.mask;
  }

  private put(state: number, code: number, next: number): void {
    let i = this.slot(state, code);
    while (this.keys[i] !== -1) i = (i + 1) & this.mask;
    this.keys[i] = state;
    this.codes[i] = code;
    this.values[i] = next;
  }

  /** Goto function: the next state, or -1 where there is no edge (root never fails). */
  private step(state: number, code: number): number {
    if (state === 0) return this.rootNext[code]!;
    let i = this.slot(state, code);
    for (;;) {
      const key = this.keys[i]!;
      if (key === -1) return -1;
      if (key === state && this.codes[i] === code) return this.values[i]!;
      i = (i + 1) & this.mask;
    }
  }

  /** The state after reading one code unit. */
  next(state: number, code: number): number {
    for (;;) {
      const target = this.step(state, code);
      if (target !== -1) return target;
      state = this.fail[state]!;
    }
  }

  /** Calls visit(patternIndex) for every pattern that ends at this state. */
  forEachOutput(state: number, visit: (pattern: number) => void): void {
    let s = this.output[state] !== -1 ? state : this.dictLink[state]!;
    while (s !== -1) {
      visit(this.output[s]!);
      s = this.dictLink[s]!;
    }
  }

  hasOutput(state: number): boolean {
    return this.output[state] !== -1 || this.dictLink[state] !== -1;
  }
}
