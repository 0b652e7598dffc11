import { Automaton } from './automaton';
import { DROP, SEP, foldCode, forEachFolded, isWordCode } from './normalize';
import type { MatcherData, Mention } from './types';

interface Candidate {
  start: number;
  end: number;
  pattern: number;
}

/**
 * Finds index entries in text: one automaton over every alias, leftmost-longest, word
 * boundaries for alphabetic scripts, none for Chinese. Runs the same in Node and in a page.
 */
export class Matcher {
  readonly data: MatcherData;
  private readonly automaton: Automaton;
  private readonly startsWithWord: Uint8Array;
  private readonly endsWithWord: Uint8Array;
  private readonly maxLength: number;

  constructor(data: MatcherData) {
    this.data = data;
    const texts = data.patterns.map((p) => p.text);
    this.automaton = new Automaton(texts);
    this.startsWithWord = Uint8Array.from(texts, (t) => (isWordCode(t.charCodeAt(0)) ? 1 : 0));
    this.endsWithWord = Uint8Array.from(texts, (t) => (isWordCode(t.charCodeAt(t.length - 1)) ? 1 : 0));
    this.maxLength = texts.reduce((max, t) => Math.max(max, t.length), 1);
  }

  /** Entries mentioned in text, in order, never overlapping; exclusions are consumed silently. */
  findMentions(text: string): Mention[] {
    const candidates = this.findCandidates(text);
    if (candidates.length === 0) return [];
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    let taken = 0;
    for (const c of candidates) {
      if (c.start < taken) continue;
      taken = c.end;
      const targets = this.data.patterns[c.pattern]!.targets;
      if (targets.length === 0) continue;
      mentions.push({ entry: targets[0]!, also: targets.slice(1), start: c.start, end: c.end });
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
    if (this.startsWithWord[pattern] && start > 0 && isWordCode(text.charCodeAt(start - 1))) return false;
    if (this.endsWithWord[pattern] && end < text.length && isWordCode(text.charCodeAt(end))) return false;
    const exact = this.data.patterns[pattern]!.exact;
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
