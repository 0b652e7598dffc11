import { DROP, SEP, foldCode } from '../match/normalize';

const SPACE = 0x20;
const SKIP = 0xffff;
const decoder = new TextDecoder('utf-16le');

/**
 * Text as search compares it: case, full-width forms, dashes and quotes folded the way the
 * matcher folds them, Traditional characters as Simplified, and any run of spaces, hyphens
 * and line breaks as one space. "橫琴", "横琴" and "HENGQIN" then meet their other forms.
 *
 * `simplifiedPairs` is each Traditional code unit followed by its Simplified one, generated at
 * build time (virtual:baylens/simplified; lib/kb/script-pairs.ts in Node): no converter ships.
 */
export function searchFolder(simplifiedPairs: string): (text: string) => string {
  const simplified = new Map<number, number>();
  for (let i = 0; i + 1 < simplifiedPairs.length; i += 2) {
    simplified.set(simplifiedPairs.charCodeAt(i), simplifiedPairs.charCodeAt(i + 1));
  }
  // Case and width folded first, as the matcher does; then the Simplified form.
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const code = foldCode(c);
    table[c] = code === DROP ? SKIP : code === SEP ? SPACE : (simplified.get(code) ?? code);
  }
  return (text) => {
    const out = new Uint16Array(text.length);
    let n = 0;
    let lastWasSpace = true;
    for (let i = 0; i < text.length; i++) {
      const code = table[text.charCodeAt(i)]!;
      if (code === SKIP) continue;
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
