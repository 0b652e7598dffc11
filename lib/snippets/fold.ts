import { DROP, SEP, foldCode } from '../match/normalize';
import { simplifiedTable } from './han';

const SPACE = 0x20;
const SKIP = 0xffff;
let table: Uint16Array | null = null;

/** The matcher's folding and the Simplified form in one lookup; SKIP for code units that are not text. */
function searchTable(): Uint16Array {
  const simplified = simplifiedTable();
  const combined = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const code = foldCode(c);
    combined[c] = code === DROP ? SKIP : code === SEP ? SPACE : simplified[code]!;
  }
  return combined;
}

const decoder = new TextDecoder('utf-16le');

/**
 * Text as search compares it: case, full-width forms, dashes and quotes folded the way the
 * matcher folds them, Traditional characters as Simplified, and any run of spaces, hyphens
 * and line breaks as one space. "橫琴", "横琴" and "HENGQIN" then meet their other forms.
 */
export function foldForSearch(text: string): string {
  const fold = (table ??= searchTable());
  const out = new Uint16Array(text.length);
  let n = 0;
  let lastWasSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = fold[text.charCodeAt(i)]!;
    if (code === SKIP) continue;
    if (code === SPACE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = false;
    out[n++] = code;
  }
  if (n > 0 && out[n - 1] === SPACE) n--;
  return decoder.decode(out.subarray(0, n));
}
