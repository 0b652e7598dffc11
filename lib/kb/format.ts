import type { FigureUnit } from './schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const QUALIFIERS = { about: 'about', 'more-than': 'more than', nearly: 'nearly', 'at-least': 'at least', 'up-to': 'up to' } as const;

/** "2021-09-05" → "5 September 2021"; "2024-06" → "June 2024"; "2024" stays. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

function grouped(n: number, digits = 2): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}

function scaled(n: number): string {
  for (const [size, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (Math.abs(n) >= size) return `${grouped(n / size)} ${word}`;
  }
  return grouped(n);
}

/** A figure as a reader would say it: "about 106 km²", "more than 30 trillion yuan". */
export function formatFigure(value: number | string, unit: FigureUnit, qualifier?: keyof typeof QUALIFIERS): string {
  const prefix = qualifier ? `${QUALIFIERS[qualifier]} ` : '';
  if (typeof value === 'string') return prefix + formatDate(value);
  switch (unit) {
    case 'km2':
      return `${prefix}${grouped(value)} km²`;
    case 'percent':
      return `${prefix}${grouped(value)}%`;
    case 'pp':
      return `${prefix}${grouped(value)} percentage points`;
    case 'CNY':
      return `${prefix}${scaled(value)} yuan`;
    case 'MOP':
      return `${prefix}${scaled(value)} patacas`;
    case 'HKD':
      return `${prefix}HK$${scaled(value)}`;
    case 'USD':
      return `${prefix}US$${scaled(value)}`;
    case 'km':
      return `${prefix}${grouped(value)} km`;
    case 'm':
      return `${prefix}${grouped(value)} m`;
    case 'years':
      return `${prefix}${grouped(value)} ${value === 1 ? 'year' : 'years'}`;
    case 'days':
      return `${prefix}${grouped(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'count':
      return `${prefix}${scaled(value)}`;
    case 'date':
      return prefix + String(value);
  }
}
