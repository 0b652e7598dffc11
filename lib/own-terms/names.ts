import { isWordCode, normalizeAlias } from '../match/normalize';
import { hasControlCharacters } from '../snippets/control';
import { quoted, type Problem } from './problems';

export const MAX_NAME = 200;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Why a name cannot be an own term, or null when it can. A name must say something (letters
 * or digits), fit in a card, and be long enough not to be found inside most words: one
 * character would be (a Latin letter is a word of its own often enough, a Chinese character
 * is part of countless words).
 */
export function nameProblem(name: string): Problem | null {
  const trimmed = name.trim();
  const args = [quoted(trimmed)];
  if (trimmed.length === 0) return { key: 'ownProblemEmpty', args: [] };
  if (trimmed.length > MAX_NAME) return { key: 'ownProblemTooLong', args };
  if (hasControlCharacters(trimmed)) return { key: 'ownProblemControl', args };
  if (!LETTER_OR_DIGIT.test(trimmed)) return { key: 'ownProblemNoLetters', args };
  const folded = normalizeAlias(trimmed);
  if ([...folded].length === 1) {
    return { key: isWordCode(folded.charCodeAt(0)) ? 'ownProblemSingleLetter' : 'ownProblemSingleCharacter', args };
  }
  return null;
}

/** Names trimmed, inner spaces collapsed, blank ones dropped and each written form kept once. */
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
