/**
 * Character folding shared by the compiler (on aliases) and the matcher (on page text).
 * Every input code unit maps to at most one output code unit, so offsets can be mapped back.
 */

/** Stands for any run of spaces, hyphens and dashes: "Hong Kong–Zhuhai" = "Hong Kong-Zhuhai". */
export const SEP = 0x20;
/** The code unit is not part of the text for matching (soft hyphen, zero-width space). */
export const DROP = -1;

/** Below this code unit, folding is a table lookup; above it, only a few ranges change. */
const LOW = 0x2b0;

/** Read as one space: spaces, line breaks, hyphens, dashes, the minus sign, middle dots and bullets. */
const SEPARATORS: readonly (readonly [first: number, last: number])[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0x2d, 0x2d],
  [0xa0, 0xa0],
  [0xb7, 0xb7],
  [0x2000, 0x200a],
  [0x2010, 0x2015],
  [0x2022, 0x2022],
  [0x2027, 0x2027],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x2212, 0x2212],
  [0x3000, 0x3000],
  [0x30fb, 0x30fb],
  [0xfe58, 0xfe58],
  [0xfe63, 0xfe63],
  [0xff65, 0xff65],
];

/** Not part of the text for matching: the soft hyphen, zero-width characters, the byte-order mark. */
const DROPPED: readonly number[] = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

function isSeparator(c: number): boolean {
  for (const [first, last] of SEPARATORS) if (c >= first && c <= last) return true;
  return false;
}

/** Case kept: widths, quotes, separators and invisible characters unified. */
function keepCaseOf(c: number): number {
  let k = c;
  if (c >= 0xff01 && c <= 0xff5e) k = c - 0xfee0; // full-width ASCII
  if (k === 0x2018 || k === 0x2019 || k === 0x201a || k === 0x201b || k === 0x2032) k = 0x27;
  if (k === 0x201c || k === 0x201d || k === 0x201e || k === 0x201f || k === 0x2033) k = 0x22;
  if (isSeparator(k)) k = SEP;
  if (DROPPED.includes(k)) k = DROP;
  return k;
}

/** Latin letters with diacritics, whose lower case the browser knows: U+00C0 to U+024F. */
const LATIN_FROM = 0xc0;
const LATIN_TO = 0x250;
/** İ (U+0130) is the one whose lower case is two code units: it keeps its case. */
const DOTTED_I = 0x130;
/**
 * Their lower case, one code unit each, written out rather than computed as a frame starts
 * (a loop and toLowerCase cost up to 1 ms there, before anything is compiled). A unit test holds
 * it to the browser's lower case letter by letter. İ stands in as a space, so every letter keeps
 * its offset.
 */
const LATIN_LOWER =
  'àáâãäåæçèéêëìíîïðñòóôõö×øùúûüýþßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿāāăăąąććĉĉċċččďďđđēēĕĕėėęęěěĝĝğğġġģģĥĥħħĩĩīīĭĭįį ıĳĳĵĵķķĸĺĺļļľľŀŀłłńńņņňňŉŋŋōōŏŏőőœœŕŕŗŗřřśśŝŝşşššţţťťŧŧũũūūŭŭůůűűųųŵŵŷŷÿźźżżžžſƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵơơƣƣƥƥʀƨƨʃƪƫƭƭʈưưʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿǀǁǂǃǆǆǆǉǉǉǌǌǌǎǎǐǐǒǒǔǔǖǖǘǘǚǚǜǜǝǟǟǡǡǣǣǥǥǧǧǩǩǫǫǭǭǯǯǰǳǳǳǵǵƕƿǹǹǻǻǽǽǿǿȁȁȃȃȅȅȇȇȉȉȋȋȍȍȏȏȑȑȓȓȕȕȗȗșșțțȝȝȟȟƞȡȣȣȥȥȧȧȩȩȫȫȭȭȯȯȱȱȳȳȴȵȶȷȸȹⱥȼȼƚⱦȿɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ';

function lowerOf(k: number): number {
  if (k >= 0x41 && k <= 0x5a) return k + 32;
  if (k >= LATIN_FROM && k < LATIN_TO && k !== DOTTED_I) return LATIN_LOWER.charCodeAt(k - LATIN_FROM);
  return k;
}

/**
 * The fold of one code unit by the rules above: what the tables below LOW hold, and what
 * foldCode computes above it.
 */
export function foldByRule(c: number, keepCase = false): number {
  return keepCase ? keepCaseOf(c) : lowerOf(keepCaseOf(c));
}

/**
 * The tables below LOW, filled from the rules' own lists rather than by running the rules on
 * each of 688 code units: every frame that reads a page fills them as it starts, before anything
 * is compiled. Evaluated alone in a fresh page, this module took 2.0 ms (median of 25) while it
 * ran the rules through `Int32Array.from` and `Array.from` callbacks, and takes 0.8 ms with these
 * plain loops. Below LOW, only separators, dropped characters and letters change (full-width
 * forms and typographic quotes lie above it); a unit test holds the tables to the rules for
 * every code unit.
 */
const KEEP_CASE_LOW = new Int32Array(LOW);
for (let c = 0; c < LOW; c++) KEEP_CASE_LOW[c] = c;
for (const [first, last] of SEPARATORS) KEEP_CASE_LOW.fill(SEP, Math.min(first, LOW), Math.min(last + 1, LOW));
for (const c of DROPPED) if (c < LOW) KEEP_CASE_LOW[c] = DROP;
const FOLD_LOW = new Int32Array(KEEP_CASE_LOW);
for (let c = 0x41; c <= 0x5a; c++) FOLD_LOW[c] = c + 32;
for (let c = LATIN_FROM; c < LATIN_TO; c++) if (c !== DOTTED_I) FOLD_LOW[c] = LATIN_LOWER.charCodeAt(c - LATIN_FROM);

/** Code units at or above LOW that folding changes: punctuation, full-width forms, specials. */
function changesAbove(c: number): boolean {
  return (c >= 0x2000 && c <= 0x2060) || c === 0x2212 || c === 0x3000 || c === 0x30fb || (c >= 0xfe58 && c <= 0xff65) || c === 0xfeff;
}

/** The folded form of one UTF-16 code unit: case, width, dashes and quotes unified. */
export function foldCode(c: number): number {
  if (c < LOW) return FOLD_LOW[c]!;
  if (!changesAbove(c)) return c;
  return lowerOf(keepCaseOf(c));
}

/** The fold of one code unit with its case kept. */
export function keepCaseCode(c: number): number {
  if (c < LOW) return KEEP_CASE_LOW[c]!;
  return changesAbove(c) ? keepCaseOf(c) : c;
}

/** Folds a whole string the way the matcher sees it, collapsing separator runs and trimming. */
export function normalizeAlias(text: string, keepCase = false): string {
  let out = '';
  forEachFolded(text, keepCase, (code) => {
    out += String.fromCharCode(code);
  });
  return out.replace(/^ | $/g, '');
}

/**
 * Letters and digits of alphabetic scripts: a Latin alias must not start or end inside a
 * word of them. Han, kana and Hangul need no boundary, so they are not word characters here.
 */
export function isWordCode(c: number): boolean {
  const k = keepCaseCode(c);
  if (k < 0x80) return (k >= 0x30 && k <= 0x39) || (k >= 0x41 && k <= 0x5a) || (k >= 0x61 && k <= 0x7a);
  if (k >= 0xc0 && k < 0x2b0) return k !== 0xd7 && k !== 0xf7;
  if (k >= 0x370 && k < 0x530) return true; // Greek, Cyrillic
  return false;
}

/** True for an alias written in capitals only (GBA, HZMB): matched case-sensitively. */
export function isAcronym(alias: string): boolean {
  return /[A-Z].*[A-Z]/.test(alias) && !/[a-z]/.test(alias.replace(/\([^)]*\)/g, ''));
}

/**
 * Walks text[start, end) as the matcher reads it: each code unit folded (case too, unless
 * `keepCase`), dropped units skipped, runs of separators read as one. The matcher's own
 * scan loop does the same inline, for speed.
 */
export function forEachFolded(
  text: string,
  keepCase: boolean,
  visit: (code: number, index: number) => void,
  start = 0,
  end = text.length,
): void {
  const fold = keepCase ? keepCaseCode : foldCode;
  let lastWasSep = false;
  for (let i = start; i < end; i++) {
    const c = fold(text.charCodeAt(i));
    if (c === DROP) continue;
    if (c === SEP) {
      if (lastWasSep) continue;
      lastWasSep = true;
    } else {
      lastWasSep = false;
    }
    visit(c, i);
  }
}

/**
 * Folds text like normalizeAlias (without trimming) and keeps, for every folded code unit,
 * the offset it came from: distances measured in the folded text map back to the original.
 */
export function foldWithOffsets(text: string): { text: string; origin: number[] } {
  // Code units are gathered and turned into a string in chunks: a string grown one unit at a
  // time leaves a garbage string behind for every unit.
  const codes: number[] = [];
  const origin: number[] = [];
  forEachFolded(text, false, (code, index) => {
    codes.push(code);
    origin.push(index);
  });
  let out = '';
  for (let i = 0; i < codes.length; i += 4_096) out += String.fromCharCode(...codes.slice(i, i + 4_096));
  return { text: out, origin };
}
