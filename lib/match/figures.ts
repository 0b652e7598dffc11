import { foldWithOffsets } from './normalize';
import { findNumbers, narrowDigits, sameQuantity } from './numbers';
import type { FigureData, FigureMention, Mention, NumberMention } from './types';

/** How far (in characters, either side) a cue word may stand from the number it explains. */
const CUE_WINDOW = 60;

interface Candidate {
  figure: number;
  match: boolean;
  /** Distance from the number to each of the figure's cue words found near it. */
  cues: Map<string, number>;
  /** Distance from the number to the nearest mention of the figure's subject. */
  subject: number;
}

/** Folded text around a number, and where the number sits in it, to measure cue distances. */
function around(paragraph: string, number: NumberMention) {
  const start = Math.max(0, number.start - CUE_WINDOW);
  const { text, origin } = foldWithOffsets(paragraph.slice(start, number.end + CUE_WINDOW));
  const at = origin.findIndex((o) => o + start >= number.start);
  const end = origin.findIndex((o) => o + start >= number.end);
  return { text, at, end: end === -1 ? text.length : end };
}

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

/**
 * Ties numbers in a paragraph to indexed figures about entries mentioned in the same
 * paragraph, and says whether the page's number agrees with the indexed one. Where several
 * figures could explain a number, one that agrees wins; then the one with a telling cue word
 * nearest the number; then the one whose subject is named nearest.
 */
export function linkFigures(
  paragraph: string,
  mentions: readonly Mention[],
  figures: readonly FigureData[],
  numbers: readonly NumberMention[] = findNumbers(narrowDigits(paragraph)),
): FigureMention[] {
  if (mentions.length === 0 || numbers.length === 0) return [];
  const positions = new Map<number, number[]>();
  for (const m of mentions) {
    for (const entry of [m.entry, ...m.also]) {
      const list = positions.get(entry) ?? [];
      list.push((m.start + m.end) / 2);
      positions.set(entry, list);
    }
  }
  const result: FigureMention[] = [];
  for (const number of numbers) {
    const candidates: Candidate[] = [];
    let window: ReturnType<typeof around> | null = null;
    figures.forEach((figure, index) => {
      if (figure.unit !== number.unit) return;
      const at = positions.get(figure.subject);
      if (!at) return;
      let cues = new Map<string, number>();
      if (figure.cues.length > 0) {
        window ??= around(paragraph, number);
        cues = cueDistances(figure.cues, window);
        if (cues.size === 0) return;
      }
      const middle = (number.start + number.end) / 2;
      candidates.push({
        figure: index,
        match: sameQuantity(number.value, number.resolution, figure.value, figure.resolution),
        cues,
        subject: Math.min(...at.map((p) => Math.abs(p - middle))),
      });
    });
    if (candidates.length === 0) continue;
    const ranked = candidates
      .map((c) => ({ c, cue: distinctive(c, candidates) }))
      .sort((a, b) => Number(b.c.match) - Number(a.c.match) || a.cue - b.cue || a.c.subject - b.c.subject);
    const best = ranked[0]!.c;
    result.push({ ...number, figure: best.figure, status: best.match ? 'match' : 'mismatch' });
  }
  return result;
}
