import { containsTerm } from './marks';
import type { QueryTerm } from './terms';

/** How an entry's names answer a query: the score and which name answered best. */
export interface NameMatch {
  score: number;
  /** Index into the names given; -1 when no name answers (the text did). */
  field: number;
}

/** Name equals the query. */
export const EXACT = 100;
/** A name begins with the query: what someone typing a name is after. */
export const PREFIX = 80;
/** Every term is in one name. */
export const ONE_NAME = 60;
/** Every term is in some name or alias, not all in one. */
export const ACROSS_NAMES = 40;
/** Found only in the description or figures. */
export const TEXT_ONLY = 20;

/**
 * Scores an entry by its names (English first, then Chinese, then aliases; each folded and
 * made `comparable`) against the query made comparable the same way. Ties go to the name written in the script the reader typed (the raw text
 * contains the raw query), then to the shorter name.
 */
export function scoreNames(
  keys: readonly string[],
  raw: readonly string[],
  query: string,
  rawQuery: string,
  terms: readonly QueryTerm[],
): NameMatch {
  let best: NameMatch = { score: 0, field: -1 };
  let bestLength = Infinity;
  let bestTyped = false;
  for (let i = 0; i < keys.length; i++) {
    const name = keys[i]!;
    const score =
      name === query
        ? EXACT - (i === 0 ? 0 : 1)
        : name.startsWith(query)
          ? PREFIX
          : terms.every((t) => containsTerm(name, t))
            ? ONE_NAME
            : 0;
    if (score === 0) continue;
    const typed = raw[i]!.includes(rawQuery);
    const better =
      score > best.score ||
      (score === best.score && typed && !bestTyped) ||
      (score === best.score && typed === bestTyped && name.length < bestLength);
    if (!better) continue;
    best = { score, field: i };
    bestLength = name.length;
    bestTyped = typed;
  }
  if (best.score === 0 && terms.every((t) => keys.some((name) => containsTerm(name, t)))) {
    return { score: ACROSS_NAMES, field: -1 };
  }
  return best.score > 0 ? best : { score: TEXT_ONLY, field: -1 };
}
