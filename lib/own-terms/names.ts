import { isWordCode, normalizeAlias } from '../match/normalize';

const MAX_NAME = 200;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Why a name cannot be an own term, or null when it can. A name must say something (letters
 * or digits), fit in a card, and be long enough not to be found inside most words: one
 * character would be (a Latin letter is a word of its own often enough, a Chinese character
 * is part of countless words).
 */
export function nameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'is empty';
  if (trimmed.length > MAX_NAME) return `is longer than ${MAX_NAME} characters`;
  if (CONTROL.test(trimmed)) return 'contains control characters';
  if (!LETTER_OR_DIGIT.test(trimmed)) return 'has no letters or digits (punctuation alone matches nothing)';
  const folded = normalizeAlias(trimmed);
  if ([...folded].length === 1) {
    return isWordCode(folded.charCodeAt(0))
      ? 'is a single letter, which would be found all over a page'
      : 'is a single character, which would be found inside too many words';
  }
  return null;
}

/** Names trimmed, blank ones dropped and each written form kept once. */
export function cleanNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (!trimmed || seen.has(trimmed)) continue;
    seen.add(trimmed);
    out.push(trimmed);
  }
  return out;
}
