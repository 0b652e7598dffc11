import { foldWithOffsets } from './normalize';
import { findNumbers, narrowDigits, sameQuantity } from './numbers';
import type { FigureData, FigureMention, Mention, NumberMention } from './types';
import { entriesOf } from './mention';

/** How far (in characters, either side) a cue word may stand from the number it explains. */
const CUE_WINDOW = 60;

interface Candidate {
  figure: number;
  match: boolean;
  /** Distance from the number to each of the figure's cue words found near it. */
  cues: ReadonlyMap<string, number>;
  /** Distance from the number to the nearest mention of the figure's subject. */
  subject: number;
}

/** A sentence folded once (see foldWithOffsets), from which each of its numbers takes its cue window. */
interface FoldedSentence {
  text: string;
  /** For each folded code unit, its offset in the sentence. */
  origin: number[];
  /** Where the sentence starts in the paragraph. */
  start: number;
}

/** The index of the first value at or above `value` in an ascending list (its length if none). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Folded text around a number, and where the number sits in it, to measure cue distances. */
function around(sentence: FoldedSentence, number: NumberMention): { text: string; at: number; end: number } {
  const { origin, start } = sentence;
  const from = firstAtLeast(origin, number.start - CUE_WINDOW - start);
  const to = firstAtLeast(origin, number.end + CUE_WINDOW - start);
  return {
    text: sentence.text.slice(from, to),
    at: firstAtLeast(origin, number.start - start) - from,
    end: Math.min(firstAtLeast(origin, number.end - start), to) - from,
  };
}

/** No cue words near a number: shared, as most candidates have none. */
const NO_CUES: ReadonlyMap<string, number> = new Map();

function cueDistances(cues: readonly string[], window: ReturnType<typeof around>): Map<string, number> {
  const found = new Map<string, number>();
  for (const cue of cues) {
    let best = Infinity;
    for (let i = window.text.indexOf(cue); i !== -1; i = window.text.indexOf(cue, i + 1)) {
      const d = i >= window.end ? i - window.end : Math.max(0, window.at - (i + cue.length));
      best = Math.min(best, d);
    }
    if (best !== Infinity) found.set(cue, best);
  }
  return found;
}

/** Nearest cue that not every candidate shares: what tells this figure apart from the others. */
function distinctive(candidate: Candidate, all: Candidate[]): number {
  let best = Infinity;
  for (const [cue, d] of candidate.cues) if (!all.every((c) => c.cues.has(cue))) best = Math.min(best, d);
  return best;
}

/** Units that say what is measured by themselves: an area next to its subject is its area. */
const SELF_DESCRIBING = new Set<FigureData['unit']>(['km2', 'km']);

/** Years a sentence speaks of: a figure of another year is another measure, not a wrong one. */
function yearsIn(text: string): string[] {
  return [...text.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)].map((m) => m[1]!);
}

/** Words by which a sentence refers back to what the paragraph named earlier: "the territory", 该区, 全市. */
const REFERS_BACK =
  /\b(?:the|its) (?:territory|city|zone|region|bridge|port|province|SAR|area|park|scheme|programme|link|airport)\b|该[市区省港桥]|全[市省区港]|其中/i;

/** Where each sentence of a paragraph starts: a figure's subject must be named in the number's sentence or the one before. */
function sentenceStarts(paragraph: string): number[] {
  const starts = [0];
  for (const m of paragraph.matchAll(/[.!?;](?=\s+[^a-z\s])|[。！？；]/g)) starts.push(m.index + m[0].length);
  return starts;
}

/** The sentence holding `offset`: the last to start at or before it (the first starts at 0). */
function sentenceOf(starts: readonly number[], offset: number): number {
  return firstAtLeast(starts, offset + 1) - 1;
}

/**
 * A page number that disagrees with an indexed figure is called different only when it is
 * plausibly the same measure: within a quarter below to a third above the indexed value. Further off, it is
 * another measure ("24 new projects" is not the 853 projects signed so far) and not linked.
 */
function closeEnough(page: number | string, indexed: number | string): boolean {
  if (typeof page === 'string' || typeof indexed === 'string') return typeof page === typeof indexed;
  if (indexed === 0) return page === 0;
  const ratio = page / indexed;
  return ratio >= 0.75 && ratio <= 4 / 3;
}

/** The figures of each subject, by index, in the index's order. */
const subjectFigures = new WeakMap<readonly FigureData[], Map<number, number[]>>();
function figuresBySubject(figures: readonly FigureData[]): Map<number, number[]> {
  let map = subjectFigures.get(figures);
  if (!map) {
    map = new Map();
    figures.forEach((f, i) => {
      const list = map!.get(f.subject);
      if (list) list.push(i);
      else map!.set(f.subject, [i]);
    });
    subjectFigures.set(figures, map);
  }
  return map;
}

/** The distance from `middle` to the nearest position in [from, to), or null; `sorted` ascends. */
function nearestWithin(sorted: readonly number[], middle: number, from: number, to: number): number | null {
  const low = firstAtLeast(sorted, middle);
  let best: number | null = null;
  const after = sorted[low];
  if (after !== undefined && after >= from && after < to) best = after - middle;
  const before = sorted[low - 1];
  if (before !== undefined && before >= from && before < to && (best === null || middle - before < best)) best = middle - before;
  // The window holds `middle`, so its nearest positions are the two beside it, if any.
  return best;
}

/** How many figures of each subject use each cue: a cue shared by several names no one measure. */
const cueUse = new WeakMap<readonly FigureData[], Map<string, number>>();
function cueCounts(figures: readonly FigureData[]): Map<string, number> {
  let counts = cueUse.get(figures);
  if (!counts) {
    counts = new Map();
    for (const f of figures)
      for (const cue of f.cues) counts.set(`${f.subject}\u0000${cue}`, (counts.get(`${f.subject}\u0000${cue}`) ?? 0) + 1);
    cueUse.set(figures, counts);
  }
  return counts;
}

/**
 * Ties numbers in a paragraph to indexed figures about entries mentioned in the same sentence
 * or the one before, and says whether the page's number agrees with the indexed one. A number
 * links only with the figure's unit, and with one of its cue words in the same sentence where
 * it has cues; it is called different only where a cue ties it to the same measure and its
 * value is close enough to be that measure. Where several figures could explain a number, one
 * that agrees wins; then the one with a telling cue word nearest the number; then the one
 * whose subject is named nearest.
 */
/** ASCII or full-width digits: every number the figures are checked against has one. */
const HAS_DIGIT = /[0-9\uff10-\uff19]/;

export function linkFigures(
  paragraph: string,
  mentions: readonly Mention[],
  figures: readonly FigureData[],
  given?: readonly NumberMention[],
): FigureMention[] {
  // Most text names no figure: no mention or no digit means nothing to parse.
  if (mentions.length === 0 || (!given && !HAS_DIGIT.test(paragraph))) return [];
  const numbers = given ?? findNumbers(narrowDigits(paragraph));
  if (numbers.length === 0) return [];
  const starts = sentenceStarts(paragraph);
  // Where each mentioned entry is named (the middle of each mention), in text order.
  const positions = new Map<number, number[]>();
  for (const m of mentions) {
    for (const entry of entriesOf(m)) {
      const list = positions.get(entry) ?? [];
      list.push((m.start + m.end) / 2);
      positions.set(entry, list);
    }
  }
  for (const list of positions.values()) list.sort((a, b) => a - b);
  const bySubject = figuresBySubject(figures);
  // The mentioned entries that have figures, with their figures: the same for every number.
  const subjects: [number[], number[]][] = [];
  for (const [subject, list] of positions) {
    const indexes = bySubject.get(subject);
    if (indexes) subjects.push([list, indexes]);
  }
  if (subjects.length === 0) return [];
  // A sentence's facts, found once per sentence: a paragraph of one long sentence with many
  // numbers would otherwise be searched and folded again for every number.
  const perSentence = <T>(find: (text: string, start: number) => T) => {
    const found = new Map<number, T>();
    return (sentence: number): T => {
      if (!found.has(sentence)) {
        const start = starts[sentence]!;
        found.set(sentence, find(paragraph.slice(start, starts[sentence + 1] ?? paragraph.length), start));
      }
      return found.get(sentence)!;
    };
  };
  /** The sentence folded for cue words. */
  const foldedSentence = perSentence((text, start): FoldedSentence => ({ ...foldWithOffsets(text), start }));
  /** Where the sentence's first words referring back end (Infinity: it has none). */
  const referEnd = perSentence((text, start) => {
    const words = REFERS_BACK.exec(text);
    return words ? start + words.index + words[0].length : Infinity;
  });
  const result: FigureMention[] = [];
  for (const number of numbers) {
    const candidates: Candidate[] = [];
    let window: ReturnType<typeof around> | null = null;
    const sentence = sentenceOf(starts, number.start);
    const sentenceStart = starts[sentence]!;
    const sentenceEnd = starts[sentence + 1] ?? paragraph.length;
    const refersBack = referEnd(sentence) <= number.start;
    // The subject must be named in this sentence or the one before (any before, when the
    // sentence refers back): mentions from `from` up to the sentence's end.
    const from = refersBack || sentence === 0 ? 0 : starts[sentence - 1]!;
    const middle = (number.start + number.end) / 2;
    for (const [list, indexes] of subjects) {
      const distance = nearestWithin(list, middle, from, sentenceEnd);
      if (distance === null) continue;
      for (const index of indexes) {
        const figure = figures[index]!;
        if (figure.unit !== number.unit) continue;
        const match = sameQuantity(number.value, number.resolution, figure.value, figure.resolution);
        let cues = NO_CUES;
        if (figure.cues.length > 0) {
          window ??= around(foldedSentence(sentence), number);
          cues = cueDistances(figure.cues, window);
          if (cues.size === 0) continue;
        } else if (!match && !SELF_DESCRIBING.has(figure.unit)) {
          continue;
        }
        if (!match) {
          // Called different only when surely the same measure: a cue no other figure of this
          // subject uses (or an area's own unit), and a value close to the indexed one.
          const counts = cueCounts(figures);
          const own = [...cues.keys()].some((cue) => counts.get(`${figure.subject}\u0000${cue}`) === 1);
          if (!closeEnough(number.value, figure.value) || (figure.cues.length > 0 && !own)) continue;
          if (figure.cues.length === 0 && !SELF_DESCRIBING.has(figure.unit)) continue;
          // The year nearest before the number says when it is from ("从2019年的…升至2022年的3.67万亿").
          const before = yearsIn(paragraph.slice(sentenceStart, number.start));
          const years = before.length > 0 ? before.slice(-1) : yearsIn(paragraph.slice(number.end, sentenceEnd));
          if (years.length > 0 && !years.includes(figure.asOf.slice(0, 4))) continue;
        }
        candidates.push({ figure: index, match, cues, subject: distance });
      }
    }
    // In the index's order, so ties go as they always have.
    candidates.sort((a, b) => a.figure - b.figure);
    if (candidates.length === 0) continue;
    const ranked = candidates
      .map((c) => ({ c, cue: distinctive(c, candidates) }))
      .sort((a, b) => Number(b.c.match) - Number(a.c.match) || a.cue - b.cue || a.c.subject - b.c.subject);
    const best = ranked[0]!.c;
    result.push({ ...number, figure: best.figure, status: best.match ? 'match' : 'mismatch' });
  }
  return result;
}
