import { simplifiedTable } from './han';

/**
 * Every code unit that has another Simplified form, followed by that form, as one string.
 * Build time only (it reads OpenCC's dictionaries): the popup receives the string through
 * virtual:baylens/simplified and folds with it in TextFolder.
 */
export function simplifiedPairs(): string {
  const table = simplifiedTable();
  const codes: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (table[c] !== c) codes.push(c, table[c]!);
  return String.fromCharCode(...codes);
}
