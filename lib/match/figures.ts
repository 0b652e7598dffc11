import { normalizeAlias } from './normalize';
import { findNumbers, narrowDigits, sameQuantity } from './numbers';
import type { FigureData, FigureMention, Mention, NumberMention } from './types';

/** How far (in characters, either side) a cue word may stand from the number it explains. */
const CUE_WINDOW = 60;

/**
 * Ties numbers in a paragraph to indexed figures about entries mentioned in the same
 * paragraph, and says whether the page's number agrees with the indexed one.
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
    let best: { figure: number; distance: number; match: boolean } | null = null;
    let nearby: string | null = null;
    figures.forEach((figure, index) => {
      if (figure.unit !== number.unit) return;
      const at = positions.get(figure.subject);
      if (!at) return;
      if (figure.cues.length > 0) {
        nearby ??= normalizeAlias(
          paragraph.slice(Math.max(0, number.start - CUE_WINDOW), number.end + CUE_WINDOW),
        );
        const text = nearby;
        if (!figure.cues.some((cue) => text.includes(cue))) return;
      }
      const middle = (number.start + number.end) / 2;
      const distance = Math.min(...at.map((p) => Math.abs(p - middle)));
      const match = sameQuantity(number.value, number.resolution, figure.value, figure.resolution);
      if (!best || (match && !best.match) || (match === best.match && distance < best.distance)) {
        best = { figure: index, distance, match };
      }
    });
    if (best === null) continue;
    const chosen: { figure: number; match: boolean } = best;
    result.push({ ...number, figure: chosen.figure, status: chosen.match ? 'match' : 'mismatch' });
  }
  return result;
}
