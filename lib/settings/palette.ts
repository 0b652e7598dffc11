import { ENTRY_KINDS, type EntryKind } from '../match/kinds';

/**
 * Each kind's underline pattern: a second cue besides colour, so kinds that look alike to a
 * reader with a colour-vision deficiency still differ by their line.
 */
export const KIND_LINES: Record<EntryKind, 'solid' | 'dashed' | 'dotted'> = {
  place: 'solid',
  zone: 'solid',
  organisation: 'solid',
  person: 'solid',
  infrastructure: 'dashed',
  plan: 'dashed',
  scheme: 'dashed',
  policy: 'dotted',
  event: 'dotted',
  grouping: 'dotted',
};

export const PALETTE_NAMES = ['default', 'high-contrast'] as const;
export type PaletteName = (typeof PALETTE_NAMES)[number];

/**
 * The palettes a reader starts from. The default is built on Okabe and Ito's colour-blind-safe
 * set with three of Paul Tol's; the high-contrast one is darker and drawn at full strength.
 * tests/unit/palette.test.ts checks both stay apart under simulated protanopia, deuteranopia and
 * tritanopia.
 */
export const PALETTES: Record<PaletteName, Record<EntryKind, string>> = {
  default: {
    place: '#0072b2',
    zone: '#009e73',
    organisation: '#e69f00',
    person: '#cc79a7',
    infrastructure: '#56b4e9',
    plan: '#d55e00',
    scheme: '#882255',
    policy: '#999933',
    event: '#332288',
    grouping: '#888888',
  },
  'high-contrast': {
    place: '#003f8c',
    zone: '#00704a',
    organisation: '#c25e00',
    person: '#a0003c',
    infrastructure: '#0089c7',
    plan: '#c21f00',
    scheme: '#5b1a8f',
    policy: '#6b6b00',
    event: '#2a2aff',
    grouping: '#333333',
  },
};

/** A colour as the settings keep it: `#rrggbb`, what `<input type="color">` gives. */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/;

/** The colour each kind is drawn in: the palette's, unless the reader chose one. */
export function kindColours(palette: PaletteName, chosen: Partial<Record<EntryKind, string>>): Record<EntryKind, string> {
  const base = PALETTES[palette];
  return Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, chosen[kind] ?? base[kind]])) as Record<EntryKind, string>;
}
