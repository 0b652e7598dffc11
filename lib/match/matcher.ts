import { Automaton } from './automaton';
import { DROP, SEP, foldCode, forEachFolded, isWordCode } from './normalize';
import { ENTRY_KINDS, type EntryKind } from './kinds';
import { CHAR_BASE } from './tables';
import type { MatcherData, Mention, PatternRule } from './types';

interface Candidate {
  start: number;
  end: number;
  pattern: number;
}

/**
 * Finds index entries in text: one automaton over every alias, leftmost-longest, word
 * boundaries for alphabetic scripts, none for Chinese. Runs the same in Node and in a page,
 * from the same tables the build compiled.
 */
export class Matcher {
  readonly data: MatcherData;
  private readonly automaton: Automaton;
  private readonly rules: Record<number, PatternRule>;
  /** Traditional → Simplified for the characters the patterns use; 0 elsewhere. */
  private readonly simple: Uint16Array;
  private readonly maxLength: number;

  constructor(data: MatcherData) {
    this.data = data;
    this.automaton = new Automaton(data.automaton);
    if (data.kinds.length !== data.ids.length)
      throw new Error(`matcher tables are corrupt: ${data.kinds.length} kinds for ${data.ids.length} entries`);
    if (data.targets.length !== this.automaton.patterns) {
      throw new Error(`matcher tables are corrupt: targets for ${data.targets.length} of ${this.automaton.patterns} patterns`);
    }
    this.rules = data.rules;
    this.simple = new Uint16Array(0x10000);
    for (let i = 0; i + 1 < data.simplified.length; i += 2) this.simple[data.simplified.charCodeAt(i)] = data.simplified.charCodeAt(i + 1);
    this.maxLength = data.maxLength;
  }

  /** The id of the entry at this index of the index. */
  entryId(entry: number): string {
    return this.data.ids[entry]!;
  }

  /** The kind of the entry at this index of the index. */
  entryKind(entry: number): EntryKind {
    return ENTRY_KINDS[this.data.kinds.charCodeAt(entry) - 0x61]!;
  }

  /**
   * Entries mentioned in text, in order, never overlapping; exclusions are consumed silently.
   * Mentions of ambiguous aliases carry their context rule: see keepInContext.
   */
  findMentions(text: string): Mention[] {
    const candidates = this.findCandidates(text);
    if (candidates.length === 0) return [];
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    let taken = 0;
    for (const c of candidates) {
      if (c.start < taken) continue;
      taken = c.end;
      const one = this.data.targets.charCodeAt(c.pattern) - CHAR_BASE;
      const rule = this.rules[c.pattern];
      const targets = one > 0 ? [one - 1] : rule?.targets;
      if (!targets) continue;
      const ambiguous = rule?.ambiguous;
      mentions.push({ entry: targets[0]!, also: targets.slice(1), start: c.start, end: c.end, ...(ambiguous ? { ambiguous } : {}) });
    }
    return mentions;
  }

  private findCandidates(text: string): Candidate[] {
    const automaton = this.automaton;
    const ring = this.maxLength + 1;
    // Original offset where each of the last `ring` folded code units began.
    const origin = new Int32Array(ring);
    const candidates: Candidate[] = [];
    let state = 0;
    let emitted = 0;
    let lastWasSep = true;
    const simpleTable = this.simple;
    // forEachFolded, inlined: this loop is the matcher's hot path.
    for (let i = 0; i < text.length; i++) {
      let code = foldCode(text.charCodeAt(i));
      if (code === DROP) continue;
      const simple = simpleTable[code]!;
      if (simple !== 0) code = simple;
      if (code === SEP) {
        if (lastWasSep) continue;
        lastWasSep = true;
      } else {
        lastWasSep = false;
      }
      origin[emitted % ring] = i;
      emitted++;
      state = automaton.next(state, code);
      if (!automaton.hasOutput(state)) continue;
      automaton.forEachOutput(state, (pattern, length) => {
        const start = origin[(emitted - length) % ring]!;
        const end = i + 1;
        if (this.accepts(text, pattern, start, end)) candidates.push({ start, end, pattern });
      });
    }
    return candidates;
  }

  private accepts(text: string, pattern: number, start: number, end: number): boolean {
    if (start > 0 && isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) return false;
    if (end < text.length && isWordCode(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end - 1))) return false;
    const exact = this.rules[pattern]?.exact;
    return exact === undefined || exact.some((form) => sameCase(text, start, end, form));
  }
}

/** Compares text[start, end) with an alias letter by letter, case kept, separators folded. */
function sameCase(text: string, start: number, end: number, exact: string): boolean {
  let j = 0;
  let same = true;
  forEachFolded(
    text,
    true,
    (code) => {
      if (same && exact.charCodeAt(j++) !== code) same = false;
    },
    start,
    end,
  );
  return same && j === exact.length;
}
