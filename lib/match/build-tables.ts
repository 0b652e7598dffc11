import { encodeSextets } from './sextets';
import { TABLES_FORMAT, type AutomatonTables } from './tables';
import type { FigureData, MatcherData, PatternData, PatternRule } from './types';

/**
 * Builds the automaton for folded alias texts at build time. Patterns are renumbered in the
 * order of the states where they end; `order[k]` is the input index of pattern k.
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

  // Breadth-first renumbering, children in code order: state s's children are first[s]…first[s+1]-1.
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
  const childCount = bfs.map((old) => children[old]!.size);
  const first = new Int32Array(count + 1);
  first[0] = 1;
  for (let s = 0; s < count; s++) first[s + 1] = first[s]! + childCount[s]!;

  const step = (state: number, code: number): number => {
    for (let c = first[state]!; c < first[state + 1]!; c++) if (codes[c] === code) return c;
    return state === 0 ? 0 : -1;
  };
  const fail = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    for (let child = first[s]!; child < first[s + 1]!; child++) {
      if (s === 0) continue;
      let f = fail[s]!;
      let target = step(f, codes[child]!);
      while (target === -1) {
        f = fail[f]!;
        target = step(f, codes[child]!);
      }
      fail[child] = target;
    }
  }

  const order = texts.map((_, i) => i).sort((a, b) => renumbered[endsAt[a]!]! - renumbered[endsAt[b]!]!);
  const terminals = order.map((i) => renumbered[endsAt[i]!]!);
  for (let k = 1; k < terminals.length; k++) {
    if (terminals[k] === terminals[k - 1]) throw new Error(`patterns ${order[k - 1]} and ${order[k]} are the same text`);
  }
  return {
    order,
    tables: {
      format: TABLES_FORMAT,
      states: count,
      patterns: texts.length,
      children: encodeSextets(childCount),
      codes: String.fromCharCode(...codes.slice(0, 1)) + codesText(codes.slice(1)),
      fail: encodeSextets(fail.subarray(1)),
      terminals: encodeSextets(terminals.map((t, k) => t - (k === 0 ? 0 : terminals[k - 1]!))),
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
  const rules: Record<number, PatternRule> = {};
  const targets: number[] = [];
  order.forEach((input, k) => {
    const p = patterns[input]!;
    targets.push(p.targets.length, ...p.targets);
    if (p.exact || p.ambiguous) rules[k] = { ...(p.exact ? { exact: p.exact } : {}), ...(p.ambiguous ? { ambiguous: p.ambiguous } : {}) };
  });
  return { entries, automaton: tables, targets: encodeSextets(targets), rules, figures };
}
