import { Automaton } from './automaton';
import { DROP, SEP, foldCode, forEachFolded, isWordCode } from './normalize';
import { countSextets, decodeSextets } from './sextets';
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
  /** Pattern k names the entries targets[targetStart[k]] … targets[targetStart[k + 1] - 1]. */
  private readonly targetStart: Int32Array;
  private readonly targetList: Int32Array;
  private readonly rules: Map<number, PatternRule>;
  private readonly maxLength: number;

  constructor(data: MatcherData) {
    this.data = data;
    this.automaton = new Automaton(data.automaton);
    const patterns = data.automaton.patterns;
    let total = 0;
    const raw = data.targets;
    const counts = countSextets(raw);
    const flat = decodeSextets(raw, counts);
    this.targetStart = new Int32Array(patterns + 1);
    this.targetList = new Int32Array(Math.max(0, counts - patterns));
    let at = 0;
    for (let k = 0; k < patterns; k++) {
      if (at >= flat.length) throw new Error(`matcher tables are corrupt: no targets for pattern ${k}`);
      const n = flat[at++]!;
      if (at + n > flat.length) throw new Error(`matcher tables are corrupt: pattern ${k} names ${n} entries past the end`);
      this.targetStart[k] = total;
      for (let j = 0; j < n; j++) {
        const entry = flat[at++]!;
        if (entry >= data.entries.length) throw new Error(`matcher tables are corrupt: pattern ${k} names entry ${entry} of ${data.entries.length}`);
        this.targetList[total++] = entry;
      }
    }
    this.targetStart[patterns] = total;
    if (at !== flat.length) throw new Error(`matcher tables are corrupt: ${flat.length - at} targets left over`);
    this.rules = new Map(Object.entries(data.rules).map(([k, rule]) => [Number(k), rule]));
    let max = 1;
    for (const length of this.automaton.lengths) if (length > max) max = length;
    this.maxLength = max;
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
      const from = this.targetStart[c.pattern]!;
      const to = this.targetStart[c.pattern + 1]!;
      if (from === to) continue;
      const also: number[] = [];
      for (let i = from + 1; i < to; i++) also.push(this.targetList[i]!);
      const ambiguous = this.rules.get(c.pattern)?.ambiguous;
      mentions.push({ entry: this.targetList[from]!, also, start: c.start, end: c.end, ...(ambiguous ? { ambiguous } : {}) });
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
    // forEachFolded, inlined: this loop is the matcher's hot path.
    for (let i = 0; i < text.length; i++) {
      const code = foldCode(text.charCodeAt(i));
      if (code === DROP) continue;
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
      automaton.forEachOutput(state, (pattern) => {
        const length = automaton.lengths[pattern]!;
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
    const exact = this.rules.get(pattern)?.exact;
    return exact === undefined || exact.some((form) => sameCase(text, start, end, form));
  }
}

/** Compares text[start, end) with an alias letter by letter, case kept, separators folded. */
function sameCase(text: string, start: number, end: number, exact: string): boolean {
  let j = 0;
  let same = true;
  forEachFolded(text, true, (code) => {
    if (same && exact.charCodeAt(j++) !== code) same = false;
  }, start, end);
  return same && j === exact.length;
}
