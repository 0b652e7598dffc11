import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS, type EntryKind } from '@/lib/match/kinds';
import { DEFAULT_SETTINGS } from '@/lib/protocol/settings';
import { highlightLook } from '@/lib/settings/look';
import { KIND_LINES, PALETTES, PALETTE_NAMES } from '@/lib/settings/palette';

const difference = differenceCiede2000();
const VISION: Record<string, (c: Color) => Color> = {
  'normal vision': (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
/** CIEDE2000 distance at which two colours read as different at a glance. */
const APART = 12;

function pairs(): [EntryKind, EntryKind][] {
  return ENTRY_KINDS.flatMap((a, i) => ENTRY_KINDS.slice(i + 1).map((b): [EntryKind, EntryKind] => [a, b]));
}

describe('palettes', () => {
  for (const name of PALETTE_NAMES) {
    for (const [vision, simulate] of Object.entries(VISION)) {
      it(`${name}: kinds with the same line pattern stay apart under ${vision}`, () => {
        const close = pairs()
          .filter(([a, b]) => KIND_LINES[a] === KIND_LINES[b])
          .map(([a, b]) => ({ a, b, distance: difference(simulate(parse(PALETTES[name][a])!), simulate(parse(PALETTES[name][b])!)) }))
          .filter(({ distance }) => distance < APART)
          .map(({ a, b, distance }) => `${a}/${b}: ${distance.toFixed(1)}`);
        expect(close).toEqual([]);
      });
    }
  }

  it('every kind has a colour in every palette, and no two kinds share one', () => {
    for (const name of PALETTE_NAMES) {
      expect(Object.keys(PALETTES[name]).sort()).toEqual([...ENTRY_KINDS].sort());
      expect(new Set(Object.values(PALETTES[name])).size).toBe(ENTRY_KINDS.length);
    }
  });
});

describe('highlight rules for the page', () => {
  it('draw each kind in its palette colour with its line pattern, or the reader’s colour', () => {
    const { css } = highlightLook({ ...DEFAULT_SETTINGS, colours: { zone: '#123456' } });
    expect(css).toContain('::highlight(baylens-place) { background-color: #0072b21f; text-decoration: underline 2px solid #0072b2; }');
    expect(css).toContain('::highlight(baylens-zone) { background-color: #1234561f; text-decoration: underline 2px solid #123456; }');
    expect(css).toContain('::highlight(baylens-event) { background-color: #3322881f; text-decoration: underline 2px dotted #332288; }');
  });

  it('the background style fills more and keeps a thin line; high contrast is stronger', () => {
    expect(highlightLook({ ...DEFAULT_SETTINGS, style: 'background' }).css).toContain(
      '::highlight(baylens-place) { background-color: #0072b24d; text-decoration: underline 1px solid #0072b2; }',
    );
    expect(highlightLook({ ...DEFAULT_SETTINGS, palette: 'high-contrast' }).css).toContain(
      '::highlight(baylens-place) { background-color: #003f8c29; text-decoration: underline 3px solid #003f8c; }',
    );
  });

  it('hide the kinds turned off, and figures when their checks are off', () => {
    expect(highlightLook({ ...DEFAULT_SETTINGS, hiddenKinds: ['person'] }).hidden).toEqual(['person']);
    expect(highlightLook({ ...DEFAULT_SETTINGS, figureChecks: false }).hidden).toEqual(['figure', 'mismatch']);
  });
});
