import { Automaton } from './automaton';
import { encodeSextets } from './sextets';
import { BLOCK, CHAR_BASE, TABLES_FORMAT, type AutomatonTables } from './tables';
import type { FigureData, MatcherData, PatternData, PatternRule } from './types';

/**
 * Builds the automaton's tables for folded alias texts at build time. States are numbered
 * breadth-first, children in code order, so the children of a state are consecutive states.
 * Failure links are not shipped: a page resolves each the first time it reaches its state
 * (see automaton.ts). Patterns are renumbered in the order of the states where they end;
 * `order[k]` is the input index of pattern k.
 */
export function buildTables(texts: readonly string[]): { tables: AutomatonTables; order: number[] } {
  const children: Map<number, number>[] = [new Map()];
  const endsAt = new Int32Array(texts.length);
  texts.forEach((text, index) => {
    if (text.length === 0) throw new Error(`pattern ${index} is empty`);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = children[state]!.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        children[state]!.set(code, next);
      }
      state = next;
    }
    endsAt[index] = state;
  });

  const count = children.length;
  const renumbered = new Int32Array(count);
  const bfs: number[] = [0];
  const codes: number[] = [0x20];
  for (let head = 0; head < bfs.length; head++) {
    const old = bfs[head]!;
    renumbered[old] = head;
    for (const [code, child] of [...children[old]!].sort((a, b) => a[0] - b[0])) {
      bfs.push(child);
      codes.push(code);
    }
  }
  const ends = new Uint8Array(count);
  for (const old of endsAt) ends[renumbered[old]!] = 1;
  const info = bfs.map((old, s) => children[old]!.size * 2 + ends[s]!);

  // At each block's first state: the offset of its first child, and how many patterns end before it.
  const checkpoints: number[] = [];
  let first = 1;
  let terminalsBefore = 0;
  for (let s = 0; s < count; s++) {
    if (s % BLOCK === 0) checkpoints.push(first, terminalsBefore);
    first += children[bfs[s]!]!.size;
    terminalsBefore += ends[s]!;
  }

  const order = texts.map((_, i) => i).sort((a, b) => renumbered[endsAt[a]!]! - renumbered[endsAt[b]!]!);
  for (let k = 1; k < order.length; k++) {
    if (endsAt[order[k]!] === endsAt[order[k - 1]!]) throw new Error(`patterns ${order[k - 1]} and ${order[k]} are the same text`);
  }
  return {
    order,
    tables: {
      format: TABLES_FORMAT,
      states: count,
      patterns: texts.length,
      info: codesText(info.map((v) => v + CHAR_BASE)),
      codes: codesText(codes),
      checkpoints: encodeSextets(checkpoints),
    },
  };
}

function codesText(codes: number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** The content script's part of the index: the automaton's tables and what each pattern names. */
export function packMatcher(
  entries: MatcherData['entries'],
  patterns: readonly PatternData[],
  figures: FigureData[],
): MatcherData {
  const { tables, order } = buildTables(patterns.map((p) => p.text));
  verifyTables(tables, order.map((input) => patterns[input]!.text));
  const rules: Record<number, PatternRule> = {};
  const targets: number[] = [];
  order.forEach((input, k) => {
    const p = patterns[input]!;
    // One entry: its index + 1; none (an exclusion) or several: 0, with the list in the rules.
    targets.push(p.targets.length === 1 ? p.targets[0]! + 1 + CHAR_BASE : CHAR_BASE);
    const rule: PatternRule = {
      ...(p.targets.length > 1 ? { targets: p.targets } : {}),
      ...(p.exact ? { exact: p.exact } : {}),
      ...(p.ambiguous ? { ambiguous: p.ambiguous } : {}),
    };
    if (Object.keys(rule).length > 0) rules[k] = rule;
  });
  return { entries, automaton: tables, targets: codesText(targets), maxLength: Math.max(1, ...patterns.map((p) => p.text.length)), rules, figures };
}

/**
 * Reads every alias back through the decoded tables, as a page would: each must end at its own
 * pattern with its own length. A stale or corrupted table fails the build here.
 */
export function verifyTables(tables: AutomatonTables, texts: readonly string[]): void {
  const automaton = new Automaton(tables);
  texts.forEach((text, k) => {
    let state = 0;
    for (let i = 0; i < text.length; i++) state = automaton.next(state, text.charCodeAt(i));
    let found = false;
    automaton.forEachOutput(state, (pattern, length) => {
      if (pattern === k && length === text.length) found = true;
    });
    if (!found) throw new Error(`matcher tables do not find alias "${text}" (pattern ${k})`);
  });
}
