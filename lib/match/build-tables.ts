import { ENTRY_KINDS, type EntryKind } from './kinds';
import { Automaton } from './automaton';
import { encodeSextets } from './sextets';
import { BLOCK, CHAR_BASE, FAR, HAS_CHILD, TABLES_FORMAT, type AutomatonTables } from './tables';
import type { FigureData, MatcherData, PatternData, PatternRule } from './types';

/**
 * Builds the automaton's tables for folded alias texts at build time. States are numbered in
 * preorder, children in code order: a state's first child is the state after it, and each
 * alias's code units stand together in `codes`, so the tables compress well. Failure links
 * are not shipped: a page resolves each the first time it reaches its state (see
 * automaton.ts). Patterns are renumbered in the order of the states where they end;
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
  const sorted = children.map((map) => [...map].sort((a, b) => a[0] - b[0]).map(([, child]) => child));
  const codeOf = new Int32Array(count).fill(0x20);
  children.forEach((map) => map.forEach((child, code) => (codeOf[child] = code)));
  const renumbered = new Int32Array(count);
  const preorder: number[] = [];
  const subtree = new Int32Array(count);
  const stack: { old: number; next: number }[] = [{ old: 0, next: 0 }];
  preorder.push(0);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const kids = sorted[top.old]!;
    if (top.next < kids.length) {
      const child = kids[top.next++]!;
      renumbered[child] = preorder.length;
      preorder.push(child);
      stack.push({ old: child, next: 0 });
    } else {
      stack.pop();
      subtree[top.old] = preorder.length - renumbered[top.old]!;
    }
  }

  const ends = new Uint8Array(count);
  for (const old of endsAt) ends[renumbered[old]!] = 1;
  const info: number[] = [];
  const far: Record<number, number> = {};
  const lastSibling = new Uint8Array(count);
  for (const kids of sorted) if (kids.length) lastSibling[kids[kids.length - 1]!] = 1;
  preorder.forEach((old, s) => {
    const distance = s === 0 || lastSibling[old] ? 0 : subtree[old]!;
    const flags = (sorted[old]!.length ? HAS_CHILD : 0) | ends[s]!;
    if (distance >= FAR) far[s] = distance;
    info.push(Math.min(distance, FAR) * 4 + flags + CHAR_BASE);
  });

  const terminalsBefore: number[] = [];
  let before = 0;
  for (let s = 0; s < count; s++) {
    if (s % BLOCK === 0) terminalsBefore.push(before);
    before += ends[s]!;
  }

  const order = texts.map((_, i) => i).sort((a, b) => renumbered[endsAt[a]!]! - renumbered[endsAt[b]!]!);
  for (let k = 1; k < order.length; k++) {
    if (endsAt[order[k]!] === endsAt[order[k - 1]!]) throw new Error(`patterns ${order[k - 1]} and ${order[k]} are the same text`);
  }
  const rootChildren = sorted[0]!.map((old) => renumbered[old]!);
  return {
    order,
    tables: {
      format: TABLES_FORMAT,
      states: count,
      patterns: texts.length,
      info: codesText(info),
      codes: codesText(preorder.map((old) => codeOf[old]!)),
      far,
      roots: encodeSextets(rootChildren.map((s, i) => s - (i === 0 ? 0 : rootChildren[i - 1]!))),
      terminalsBefore: encodeSextets(terminalsBefore),
    },
  };
}

/** Code units as one flat string (joined, not concatenated: a page reads it like a literal). */
function codesText(codes: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.slice(i, i + 8192)));
  return parts.join('');
}

/** The content script's part of the index: the automaton's tables and what each pattern names. */
export function packMatcher(
  simplified: string,
  entries: { id: string; kind: EntryKind }[],
  patterns: readonly PatternData[],
  figures: FigureData[],
): MatcherData {
  const { tables, order } = buildTables(patterns.map((p) => p.text));
  verifyTables(
    tables,
    order.map((input) => patterns[input]!.text),
  );
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
  return {
    simplified,
    ids: entries.map((e) => e.id),
    kinds: entries.map((e) => String.fromCharCode(0x61 + ENTRY_KINDS.indexOf(e.kind))).join(''),
    automaton: tables,
    targets: codesText(targets),
    maxLength: Math.max(1, ...patterns.map((p) => p.text.length)),
    rules,
    figures,
  };
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
