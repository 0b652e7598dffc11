import { describe, expect, it } from 'vitest';
import { foldCode, normalizeAlias } from '@/lib/match/normalize';

describe('folding Latin letters with diacritics', () => {
  it('gives each capital its own lower case, letter by letter', () => {
    for (let c = 0xc0; c < 0x250; c++) {
      // Separators and signs among them (× ÷) fold as they are; letters to their one-unit lower case.
      const lower = String.fromCharCode(c).toLowerCase();
      expect([c, foldCode(c)]).toEqual([c, lower.length === 1 ? lower.charCodeAt(0) : c]);
    }
  });

  it('keeps İ, whose lower case is two code units, so offsets stay put', () => {
    expect(foldCode(0x130)).toBe(0x130);
    expect(normalizeAlias('İstanbul Ŏ ǅ')).toBe('İstanbul ŏ ǆ');
  });
});
