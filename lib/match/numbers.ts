import type { FigureUnit } from './kinds';
import type { NumberMention } from './types';

const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  万亿: 1e12,
  萬億: 1e12,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;

const DATE = new RegExp(
  [
    String.raw`\b(\d{1,2})\s+${MONTH},?\s+(\d{4})\b`,
    String.raw`\b${MONTH}\s+(\d{1,2}),?\s+(\d{4})\b`,
    String.raw`\b${MONTH}\s+(\d{4})\b`,
    String.raw`(\d{4})\s?年\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?[日号])?`,
  ].join('|'),
  'giu',
);

const CURRENCY_BEFORE = String.raw`(RMB|CNY|HK\$|HKD|MOP|US\$|¥|\$)\s?`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE_WORD = String.raw`(?:\s?(trillion|billion|million|thousand|bn|mn)\b|(万亿|萬億|亿|億|万|萬|千))`;
const UNIT = [
  String.raw`square\s+kilomet(?:er|re)s?\b`,
  String.raw`sq\.?\s?km\b`,
  'km²',
  String.raw`km2\b`,
  '平方公里',
  '平方千米',
  String.raw`percentage\s+points?\b`,
  '个百分点',
  '個百分點',
  String.raw`per\s?cent\b`,
  '%',
  String.raw`(?:Macao\s+|Macau\s+)?patacas?\b`,
  '澳门元',
  '澳門元',
  '澳门币',
  '澳門幣',
  String.raw`MOP\b`,
  String.raw`Hong\s+Kong\s+dollars?\b`,
  String.raw`HK\s?dollars?\b`,
  '港元',
  '港币',
  '港幣',
  String.raw`US\s?dollars?\b`,
  String.raw`USD\b`,
  '美元',
  String.raw`yuan\b`,
  String.raw`renminbi\b`,
  String.raw`RMB\b`,
  '元人民币',
  '元人民幣',
  '元',
  String.raw`kilomet(?:er|re)s?\b`,
  String.raw`km\b`,
  '公里',
  '千米',
  String.raw`met(?:er|re)s?\b`,
  '米',
  String.raw`years?\b`,
  '年',
  '岁',
  '歲',
  String.raw`days?\b`,
  '天',
].join('|');

const QUANTITY = new RegExp(String.raw`(?:${CURRENCY_BEFORE})?${NUMBER}${SCALE_WORD}?(?:\s?(${UNIT}))?`, 'giu');

function unitOf(word: string | undefined, currency: string | undefined): FigureUnit | null {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (w) {
    if (/^(square kilomet|sq|km|平方)/.test(w)) return 'km2';
    if (/^(percentage point|个百分点|個百分點)/.test(w)) return 'pp';
    if (w === '%' || /^per ?cent/.test(w)) return 'percent';
    if (/pataca|澳门|澳門|^mop/.test(w)) return 'MOP';
    if (/^us|美元/.test(w)) return 'USD';
    if (/dollar|港/.test(w)) return 'HKD';
    if (/^kilomet|^km|公里|千米/.test(w)) return 'km';
    if (/^met|米/.test(w)) return 'm';
    if (/^year|年|岁|歲/.test(w)) return 'years';
    if (/^day|天/.test(w)) return 'days';
    return 'CNY';
  }
  switch ((currency ?? '').toUpperCase()) {
    case '':
      return 'count';
    case 'RMB':
    case 'CNY':
    case '¥':
      return 'CNY';
    case 'HK$':
    case 'HKD':
      return 'HKD';
    case 'MOP':
      return 'MOP';
    case 'US$':
      return 'USD';
    default:
      return null; // a bare $ says no currency
  }
}

function decimals(number: string): number {
  const dot = number.indexOf('.');
  return dot === -1 ? 0 : number.length - dot - 1;
}

function isYear(number: string, value: number): boolean {
  return /^\d{4}$/.test(number) && value >= 1900 && value <= 2100;
}

const WORDY = /[A-Za-z0-9_]/;
/** After a bare number: a date's or a time's part (9月4日, 3时), an ordinal or an edition, not a count. */
const COUNTED_AFTER = /^[月日号號时時点點分秒届屆期版楼樓]$/;
/** Before a bare number: a name or a label (Article 23, Line 11, No. 5), not a count. */
const NAMED_BEFORE =
  /(?:Article|Articles|Line|Lines|Phase|Chapter|Section|Route|Room|No\.?|Nos\.?|Gate|Terminal|Pier|Platform|Level|Exit|Block|Tower)\s$/;
/** A bare number beside a month's name is a day of that month ("September 4", "4 Sept"). */
const MONTH_NEAR = new RegExp(String.raw`(?:${MONTH}\s$)|(?:\|\s${MONTH}(?![a-z]))`, 'iu');

/** A date as the index writes it (YYYY, YYYY-MM or YYYY-MM-DD). */
function isoDate(year: string, month?: string, day?: string): string {
  const pad = (s: string) => s.padStart(2, '0');
  if (!month) return year;
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  return day ? `${year}-${pad(String(m))}-${pad(day)}` : `${year}-${pad(String(m))}`;
}

/**
 * Numbers with units in English and Chinese text ("106 square kilometres", "3.89平方公里",
 * "30 trillion yuan", "30万亿元", "18.6%", "383,000", "5 September 2021").
 * Expects full-width digits already narrowed (see narrowDigits); offsets are unchanged.
 */
export function findNumbers(text: string): NumberMention[] {
  const dates: NumberMention[] = [];
  for (const m of text.matchAll(DATE)) {
    const g = m.slice(1);
    const value =
      g[0] !== undefined
        ? isoDate(g[2]!, g[1], g[0])
        : g[3] !== undefined
          ? isoDate(g[5]!, g[3], g[4])
          : g[6] !== undefined
            ? isoDate(g[7]!, g[6])
            : isoDate(g[8]!, g[9], g[10]);
    dates.push({ start: m.index, end: m.index + m[0].length, unit: 'date', value, resolution: 0 });
  }
  const inDate = (start: number, end: number) => dates.some((d) => d.start < end && start < d.end);
  const quantities: NumberMention[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index;
    const end = start + m[0].length;
    const [, currency, number, scaleEn, scaleZh, unitWord] = m;
    const unit = unitOf(unitWord, currency);
    if (!unit || !number || inDate(start, end)) continue;
    const before = start > 0 ? text[start - 1]! : '';
    const after = text[end] ?? '';
    if (WORDY.test(before) || before === '.' || before === ':' || before === '/') continue;
    if (before === '[' || before === '［') continue; // a citation mark: [126]
    if (unit === 'count' && (COUNTED_AFTER.test(after) || before === '第' || NAMED_BEFORE.test(text.slice(Math.max(0, start - 12), start))))
      continue;
    if (unit === 'count' && MONTH_NEAR.test(text.slice(Math.max(0, start - 11), start) + '|' + text.slice(end, end + 11))) continue;
    if (before === '-' && WORDY.test(text[start - 2] ?? '')) continue; // COVID-19, A-1
    if (unit === 'count' && (WORDY.test(after) || after === ':' || after === '/' || (after === '-' && /\d/.test(text[end + 1] ?? ''))))
      continue;
    const scale = SCALE[(scaleEn ?? scaleZh ?? '').toLowerCase()] ?? 1;
    const base = Number(number.replace(/,/g, ''));
    if (unit === 'count' && scale === 1 && (isYear(number, base) || base < 2)) continue;
    if (unit === 'years' && (base >= 1000 || after === '代' || after === '度')) continue; // 2019年, 90年代
    if (unit === 'days' && after === '津') continue;
    const value = Number((base * scale).toPrecision(15));
    quantities.push({ start, end, unit, value, resolution: Math.pow(10, -decimals(number)) * scale });
  }
  return [...dates, ...quantities].sort((a, b) => a.start - b.start);
}

/** Full-width digits and signs to ASCII, one code unit for one, so offsets stay valid. */
export function narrowDigits(text: string): string {
  return /[\uff01-\uff5e]/.test(text)
    ? text.replace(/[\uff01-\uff0b\uff0d-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    : text;
}

/** Whether two stated quantities agree at the coarser of their two precisions. */
export function sameQuantity(a: number | string, ra: number, b: number | string, rb: number): boolean {
  if (typeof a === 'string' || typeof b === 'string') {
    if (typeof a !== 'string' || typeof b !== 'string') return false;
    return a.startsWith(b) || b.startsWith(a);
  }
  const r = Math.max(ra, rb, 1e-9);
  return Math.round(a / r) === Math.round(b / r);
}
