import { DROP, SEP, foldCode } from '../match/normalize';

const SPACE = 0x20;

/**
 * Folds text for search without changing its length: case, full-width forms, dashes and
 * quotes as the matcher folds them, and Traditional characters as Simplified. One code unit
 * in, one code unit out, so an offset found in the folded text marks the original text.
 */
export class TextFolder {
  private readonly table = new Uint16Array(0x10000);

  /**
   * `simplifiedPairs`: each Traditional code unit followed by its Simplified one, generated
   * at build time (virtual:baylens/simplified), so no converter ships to the popup.
   */
  constructor(simplifiedPairs: string) {
    for (let c = 0; c < 0x10000; c++) {
      const k = foldCode(c);
      this.table[c] = k === DROP || k === SEP ? SPACE : k;
    }
    for (let i = 0; i + 1 < simplifiedPairs.length; i += 2) {
      this.table[simplifiedPairs.charCodeAt(i)] = simplifiedPairs.charCodeAt(i + 1);
    }
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
