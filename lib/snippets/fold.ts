import { NOT_TEXT, foldTable } from '../search/fold';

const SPACE = 0x20;
const decoder = new TextDecoder('utf-16le');

/**
 * Text as search compares it: case, full-width forms, dashes and quotes folded the way the
 * matcher folds them, Traditional characters as Simplified, and any run of spaces, hyphens
 * and line breaks as one space. "橫琴", "横琴" and "HENGQIN" then meet their other forms.
 *
 * The table is the popup search's (lib/search/fold.ts); here runs of spaces collapse and
 * what is not text is left out.
 */
export function searchFolder(simplifiedPairs: string): (text: string) => string {
  const table = foldTable(simplifiedPairs);
  return (text) => {
    const out = new Uint16Array(text.length);
    let n = 0;
    let lastWasSpace = true;
    for (let i = 0; i < text.length; i++) {
      const code = table[text.charCodeAt(i)]!;
      if (code === NOT_TEXT) continue;
      if (code === SPACE) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      out[n++] = code;
    }
    if (n > 0 && out[n - 1] === SPACE) n--;
    return decoder.decode(out.subarray(0, n));
  };
}
