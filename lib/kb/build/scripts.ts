import { Converter } from 'opencc-js';
import { normalizeAlias } from '../../match/normalize';
import { simplifiedTable } from './han';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

const toHongKong = Converter({ from: 'cn', to: 'hk' });
const toTaiwan = Converter({ from: 'cn', to: 'tw' });
const toTraditional = Converter({ from: 'cn', to: 't' });
const toSimplified = Converter({ from: 'hk', to: 'cn' });
const toSimplifiedFromTaiwan = Converter({ from: 'tw', to: 'cn' });

/** True when the text has Chinese characters, so it has a form in the other script. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The Traditional name as Hong Kong and Macao write it. */
export function traditionalName(simplified: string): string {
  return toHongKong(simplified);
}

/**
 * Every script form a reader may meet for a Chinese alias written in either script:
 * Simplified, Hong Kong, Taiwan and OpenCC-standard Traditional. Build time only.
 */
export function scriptVariants(text: string): string[] {
  if (!hasHan(text)) return [text];
  const simplified = simplifiedForm(text);
  const forms = [text, simplified, toHongKong(simplified), toTaiwan(simplified), toTraditional(simplified)];
  return [...new Set(forms)];
}

/** The Simplified form of Chinese text in either script. Build time only. */
export function simplifiedForm(text: string): string {
  return hasHan(text) ? toSimplified(toSimplifiedFromTaiwan(text)) : text;
}

let table: Uint16Array | null = null;

/**
 * An alias as the matcher compares it: folded (case, widths, dashes) and every Chinese
 * character in its Simplified form, as the page's text is read. One pattern then serves
 * Simplified, Hong Kong and Taiwan writing alike. Build time only.
 */
export function matchForm(alias: string): string {
  table ??= simplifiedTable();
  let simple = '';
  for (let i = 0; i < alias.length; i++) simple += String.fromCharCode(table[alias.charCodeAt(i)]!);
  return normalizeAlias(simple);
}

/**
 * The Traditional → Simplified pairs a page needs to read these patterns: every character
 * whose Simplified form occurs in one of them, followed by that form. Build time only.
 */
export function simplifiedPairsFor(patterns: readonly string[]): string {
  table ??= simplifiedTable();
  const used = new Set<number>();
  for (const p of patterns) for (let i = 0; i < p.length; i++) used.add(p.charCodeAt(i));
  let pairs = '';
  for (let c = 0; c < 0x10000; c++) {
    const s = table[c]!;
    if (s !== c && used.has(s) && !(c >= 0xd800 && c <= 0xdfff) && !(s >= 0xd800 && s <= 0xdfff)) pairs += String.fromCharCode(c, s);
  }
  return pairs;
}
