import type { Snippet } from './schema';

/** Percent-encoding for a text directive: its own syntax characters (-,&) must be encoded too. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

const WORDS = 5;
const CHARS = 12;
const HAN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/**
 * About CHARS characters of Chinese from one end of a line, cut where a word ends: browsers
 * match a text fragment only at word boundaries, found by the same ICU segmenter as here.
 */
let segmenter: Intl.Segmenter | null | undefined;

function wordsFrom(line: string, end: 'start' | 'end'): string {
  // Browsers without Intl.Segmenter (Firefox before 125) get characters: a near miss, not a crash.
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  const words = segmenter ? [...segmenter.segment(line)].map((s) => s.segment) : [...line];
  if (end === 'end') words.reverse();
  let out = '';
  for (const word of words) {
    if (out.length >= CHARS) break;
    out = end === 'start' ? out + word : word + out;
  }
  return out;
}

/**
 * The source page's address with a text fragment (`#:~:text=`), so the browser scrolls to the
 * snippet and marks it. A long snippet is named by its first and last few words (characters,
 * in Chinese), which survives small changes in between.
 */
export function fragmentLink(snippet: Snippet): string {
  const url = new URL(snippet.page.url);
  const hash = url.hash.split(':~:')[0] ?? '';
  const lines = snippet.text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const first = lines[0] ?? '';
  const last = lines[lines.length - 1] ?? '';
  const han = HAN.test(first) || HAN.test(last);
  const short = lines.length === 1 && (first.length <= 80 || (han ? [...first].length <= 2 * CHARS : first.split(' ').length <= 2 * WORDS));
  let directive: string;
  if (short) {
    directive = encode(first);
  } else if (han) {
    directive = `${encode(wordsFrom(first, 'start'))},${encode(wordsFrom(last, 'end'))}`;
  } else {
    directive = `${encode(first.split(' ').slice(0, WORDS).join(' '))},${encode(last.split(' ').slice(-WORDS).join(' '))}`;
  }
  url.hash = '';
  return `${url.href}${hash || '#'}:~:text=${directive}`;
}
