import { isAcronym, normalizeAlias } from '../match/normalize';

/**
 * Folds own-term names the way the matcher reads a page: case, widths and dashes by
 * normalizeAlias, then Traditional characters as Simplified from the build's pair list
 * (virtual:baylens/simplified), so 橫琴 and 横琴 are one name, as in the index.
 */
export class NameFolder {
  private readonly simple = new Map<number, number>();

  constructor(simplifiedPairs: string) {
    for (let i = 0; i + 1 < simplifiedPairs.length; i += 2)
      this.simple.set(simplifiedPairs.charCodeAt(i), simplifiedPairs.charCodeAt(i + 1));
  }

  /** The name as the automaton stores it. */
  fold(name: string): string {
    const folded = normalizeAlias(name);
    let out = '';
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      out += String.fromCharCode(this.simple.get(code) ?? code);
    }
    return out;
  }

  /** The case-kept form an acronym must match exactly (GBA, not "gba"), as the index does. */
  exact(name: string): string | undefined {
    return isAcronym(name) ? normalizeAlias(name, true) : undefined;
  }

  /**
   * The pairs a page needs to read these folded names: each Traditional character whose
   * Simplified form occurs in one of them, followed by that form.
   */
  pairsFor(texts: readonly string[]): string {
    const used = new Set<number>();
    for (const t of texts) for (let i = 0; i < t.length; i++) used.add(t.charCodeAt(i));
    let pairs = '';
    for (const [traditional, simplified] of this.simple) {
      if (used.has(simplified)) pairs += String.fromCharCode(traditional, simplified);
    }
    return pairs;
  }
}
