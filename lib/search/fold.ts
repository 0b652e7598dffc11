import { DROP, SEP, foldCode } from '../match/normalize';

const SPACE = 0x20;
/** In a foldTable: a code unit that is not text (soft hyphen, zero-width space). */
export const NOT_TEXT = 0xffff;

/**
 * For every UTF-16 code unit, its search form: case, full-width forms, dashes and quotes
 * folded as the matcher folds them (separators become a space), then Traditional as
 * Simplified. `simplifiedPairs` is each Traditional code unit followed by its Simplified one,
 * generated at build time (virtual:baylens/simplified), so no converter ships.
 */
export function foldTable(simplifiedPairs: string): Uint16Array {
  const simplified = new Map<number, number>();
  for (let i = 0; i + 1 < simplifiedPairs.length; i += 2) {
    simplified.set(simplifiedPairs.charCodeAt(i), simplifiedPairs.charCodeAt(i + 1));
  }
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const code = foldCode(c);
    table[c] = code === DROP ? NOT_TEXT : code === SEP ? SPACE : (simplified.get(code) ?? code);
  }
  return table;
}

/**
 * Folds text for search without changing its length: one code unit in, one code unit out,
 * so an offset found in the folded text marks the original text.
 */
export class TextFolder {
  private readonly table: Uint16Array;

  constructor(simplifiedPairs: string) {
    this.table = foldTable(simplifiedPairs);
    // Length kept: what is not text reads as a space.
    for (let c = 0; c < 0x10000; c++) if (this.table[c] === NOT_TEXT) this.table[c] = SPACE;
  }

  fold(text: string): string {
    const out = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = this.table[text.charCodeAt(i)]!;
    let folded = '';
    // In slices: String.fromCharCode takes its arguments on the stack.
    for (let at = 0; at < out.length; at += 8192) folded += String.fromCharCode(...out.subarray(at, at + 8192));
    return folded;
  }
}
