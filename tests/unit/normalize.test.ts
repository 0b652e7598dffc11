import { describe, expect, it } from 'vitest';
import { foldByRule, foldCode, keepCaseCode, normalizeAlias } from '@/lib/match/normalize';

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

describe('folding separators, widths, quotes and invisible characters', () => {
  const fold = (text: string) => [...text].map((c) => foldCode(c.charCodeAt(0)));

  it('reads spaces, line breaks, hyphens, dashes and middle dots as a space', () => {
    expect(fold('\t\n\r -\u00a0\u00b7\u2002\u2010\u2013\u2014\u2212\u3000\u30fb')).toEqual(Array(14).fill(0x20));
    expect(normalizeAlias('Hong Kong–Zhuhai\u00a0— Macao')).toBe('hong kong zhuhai macao');
  });

  it('drops the soft hyphen and zero-width characters, and unifies full widths and quotes', () => {
    expect(fold('\u00ad\u200b\u200d\ufeff')).toEqual([-1, -1, -1, -1]);
    expect(normalizeAlias('Ｇ\u00adＢＡ’s “Ｂay”')).toBe('gba\'s "bay"');
    expect(keepCaseCode(0xff27)).toBe(0x47);
  });

  it('agrees with its rules for every code unit, in the tables below U+02B0 as above them', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (foldCode(c) !== foldByRule(c)) differ.push(`U+${c.toString(16)}: ${foldCode(c)} vs ${foldByRule(c)}`);
      if (keepCaseCode(c) !== foldByRule(c, true))
        differ.push(`U+${c.toString(16)} case kept: ${keepCaseCode(c)} vs ${foldByRule(c, true)}`);
    }
    expect(differ).toEqual([]);
  });
});
