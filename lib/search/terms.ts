/** A word of a query: Latin words match the start of words, Chinese runs match anywhere. */
export interface QueryTerm {
  text: string;
  han: boolean;
}

interface Piece extends QueryTerm {
  start: number;
}

// Han runs, and runs of other letters and digits. The input is already folded (TextFolder).
const PIECES = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

function* pieces(folded: string): Generator<Piece> {
  for (const m of folded.matchAll(PIECES)) {
    const text = m[0];
    const han = /^\p{Script=Han}/u.test(text);
    // The "s" of "Macao's" is not a word of its own.
    if (!han && text === 's' && folded[m.index - 1] === "'") continue;
    yield { text, han, start: m.index };
  }
}

/**
 * The tokens flexsearch indexes for a folded text. Chinese has no spaces between words, so
 * every character and every pair of neighbours is a token: a query's characters and pairs
 * must then all occur, which finds 合作区 inside 横琴粤澳深度合作区 without a dictionary.
 * Latin words are whole; flexsearch's "forward" tokenizer adds their prefixes.
 */
export function indexTokens(folded: string): string[] {
  // A Set keeps each token's first position, which is what flexsearch scores by, and spares
  // it the prefixes of repeated words.
  const tokens = new Set<string>();
  for (const piece of pieces(folded)) {
    if (!piece.han) {
      tokens.add(piece.text);
      continue;
    }
    const chars = Array.from(piece.text);
    for (let i = 0; i < chars.length; i++) {
      tokens.add(chars[i]!);
      if (i + 1 < chars.length) tokens.add(chars[i]! + chars[i + 1]!);
    }
  }
  return [...tokens];
}

/** "ports" also finds "port", "cities" also "city": prefixes, so the singular still matches. */
function stem(word: string): string {
  if (word.length >= 5 && word.endsWith('ies')) return word.slice(0, -3);
  if (word.length >= 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * A folded name or query as one comparable string: its words, stemmed, single-spaced, and
 * nothing else. "Hong Kong–Zhuhai–Macao Bridge" and "hong kong zhuhai macao bridges" agree.
 */
export function comparable(folded: string): string {
  const words: string[] = [];
  for (const piece of pieces(folded)) words.push(piece.han ? piece.text : stem(piece.text));
  return words.join(' ');
}

/** The distinct terms of a folded query, in the order typed. */
export function queryTerms(folded: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const piece of pieces(folded)) {
    const text = piece.han ? piece.text : stem(piece.text);
    if (seen.has(text)) continue;
    seen.add(text);
    terms.push({ text, han: piece.han });
  }
  return terms;
}
