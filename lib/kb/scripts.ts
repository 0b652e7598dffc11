import { Converter } from 'opencc-js';

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
  const simplified = toSimplified(toSimplifiedFromTaiwan(text));
  const forms = [text, simplified, toHongKong(simplified), toTaiwan(simplified), toTraditional(simplified)];
  return [...new Set(forms)];
}

/** The Simplified form of Chinese text in either script. Build time only. */
export function simplifiedForm(text: string): string {
  return hasHan(text) ? toSimplified(toSimplifiedFromTaiwan(text)) : text;
}
