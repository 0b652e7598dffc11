/** How much of the paragraph either side of the sentence a snippet keeps as context. */
const CONTEXT = 300;

const SENTENCE_END = /[.!?。！？](?=\s|$|["'”’」』)）])|[。！？]/g;

/**
 * The sentence of `text` that holds [start, end), with some text before and after it: what
 * the card's "Save snippet" keeps when the reader saves a highlighted term.
 */
export function sentenceAround(text: string, start: number, end: number): { text: string; before: string; after: string } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const stop = m.index + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index >= end - 1) {
      to = stop;
      break;
    }
  }
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return {
    text: sentence,
    before: text
      .slice(Math.max(0, from - CONTEXT), from)
      .replace(/\s+/g, ' ')
      .trim(),
    after: text
      .slice(to, to + CONTEXT)
      .replace(/\s+/g, ' ')
      .trim(),
  };
}
