/**
 * The kinds of entry and the units of figures: shared by the index schema and the matcher, in
 * a module of their own so the content script carries no schema code.
 */

/** Kinds of entry; each gets its own highlight colour on the page. */
export const ENTRY_KINDS = [
  'place',
  'zone',
  'infrastructure',
  'organisation',
  'person',
  'plan',
  'policy',
  'scheme',
  'event',
  /** A joint form naming several members at once (港澳, 粤港澳, the Pearl River Delta). */
  'grouping',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Units a figure can be stated in; money is in whole currency units (yuan, patacas). */
export const FIGURE_UNITS = ['km2', 'km', 'm', 'percent', 'pp', 'CNY', 'MOP', 'HKD', 'USD', 'count', 'years', 'days', 'date'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];
