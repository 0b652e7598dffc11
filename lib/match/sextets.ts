/**
 * Whole numbers as printable text for the bundle: each character carries five bits and a
 * flag saying another follows, so small numbers take one character and the text needs no
 * escaping in JavaScript or JSON.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Non-negative integers to text. */
export function encodeSextets(numbers: Iterable<number>): string {
  let out = '';
  for (let n of numbers) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`cannot encode ${n}: not a non-negative integer`);
    while (n >= 32) {
      out += ALPHABET[(n & 31) | 32];
      n = Math.floor(n / 32);
    }
    out += ALPHABET[n];
  }
  return out;
}

/** Text back to `count` integers; throws on a foreign character or a count that does not fit. */
export function decodeSextets(text: string, count: number): Int32Array {
  const out = new Int32Array(count);
  let at = 0;
  let value = 0;
  let shift = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUE[c]! : -1;
    if (v < 0) throw new Error(`matcher tables are corrupt: unexpected character at ${i}`);
    value += shift < 25 ? (v & 31) << shift : (v & 31) * 2 ** shift;
    if (v & 32) {
      shift += 5;
      continue;
    }
    if (at >= count) throw new Error(`matcher tables are corrupt: more than ${count} numbers`);
    out[at++] = value;
    value = 0;
    shift = 0;
  }
  if (at !== count || shift !== 0) throw new Error(`matcher tables are corrupt: ${at} numbers where ${count} were expected`);
  return out;
}

/** How many numbers a text of sextets holds: each ends in a character without the flag. */
export function countSextets(text: string): number {
  let numbers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && VALUE[c]! >= 0 && VALUE[c]! < 32) numbers++;
  }
  return numbers;
}
