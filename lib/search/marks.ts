import { isWordCode } from '../match/normalize';
import type { QueryTerm } from './terms';

/** [start, end) in UTF-16 code units, as MarkedText takes them. */
export type Span = [number, number];

/** A text with the places to emphasise. */
export interface Marked {
  text: string;
  marks: Span[];
}

function occurrences(folded: string, needle: string, wordStart: boolean, into: Span[]): boolean {
  let found = false;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    if (wordStart && at > 0 && isWordCode(folded.charCodeAt(at - 1))) continue;
    into.push([at, at + needle.length]);
    found = true;
  }
  return found;
}

/** True when the term occurs in the folded text the way findMarks would mark it whole. */
export function containsTerm(folded: string, term: QueryTerm): boolean {
  return occurrences(folded, term.text, !term.han, []);
}

/** Overlapping or touching spans become one, in order. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * Where a query's terms occur in a folded text: a Latin term at the start of a word, a
 * Chinese run wherever it occurs (or, when the run is not there whole, its pairs, then its
 * characters, which is how the index found the text).
 */
export function findMarks(folded: string, terms: readonly QueryTerm[]): Span[] {
  const spans: Span[] = [];
  for (const term of terms) {
    if (!term.han) {
      occurrences(folded, term.text, true, spans);
      continue;
    }
    if (occurrences(folded, term.text, false, spans)) continue;
    const chars = Array.from(term.text);
    let pairs = false;
    for (let i = 0; i + 1 < chars.length; i++) pairs = occurrences(folded, chars[i]! + chars[i + 1]!, false, spans) || pairs;
    if (!pairs) for (const c of chars) occurrences(folded, c, false, spans);
  }
  return mergeSpans(spans);
}

/**
 * About `width` characters of `text` around its first mark, cut at spaces where there are
 * any, with an ellipsis where text was left out and the marks moved to match.
 */
export function excerpt(text: string, marks: readonly Span[], width = 200): Marked {
  if (text.length <= width) return { text, marks: [...marks] };
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  let end = Math.min(text.length, start + width);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first && space - start < 30) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first && end - space < 30) end = space;
  }
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const shift = before.length - start;
  const kept = marks.filter(([s, e]) => e > start && s < end).map(([s, e]): Span => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { text: before + text.slice(start, end) + after, marks: kept };
}
