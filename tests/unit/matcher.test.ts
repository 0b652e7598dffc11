import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../lib/kb/build/compile';
import { Matcher } from '../../lib/match/matcher';
import { dataSet, entry, sampleEntries, sampleExclusions } from './fixture-index';

const { index } = compileIndex(
  dataSet({
    entries: [
      ...sampleEntries,
      entry({ id: 'spc', kind: 'organisation', names: { en: "Supreme People's Court", 'zh-Hans': '最高人民法院' } }),
    ],
    exclusions: sampleExclusions,
  }),
);
const matcher = new Matcher(index.matcher);

/** [entry id, surface] pairs, the way a reader sees what was highlighted. */
function found(text: string, using = matcher): [string, string][] {
  return using.findMentions(text).map((m) => [index.entries[m.entry]!.id, text.slice(m.start, m.end)]);
}

describe('matcher', () => {
  it('takes the longest alias at a position: the zone is one match, not Hengqin + Macao', () => {
    expect(found('The Hengqin Guangdong-Macao In-Depth Cooperation Zone opened.')).toEqual([
      ['hengqin-cooperation-zone', 'Hengqin Guangdong-Macao In-Depth Cooperation Zone'],
    ]);
    expect(found('the Hong Kong-Zhuhai-Macao Bridge')).toEqual([['hzmb', 'Hong Kong-Zhuhai-Macao Bridge']]);
  });

  it('prefers the leftmost match when two overlap', () => {
    expect(found('Hengqin Island')).toEqual([['hengqin', 'Hengqin Island']]);
    expect(found('孙中山故居')).toEqual([]);
  });

  it('respects word boundaries in Latin script', () => {
    expect(found('Nanshan district and Nansha.')).toEqual([['nansha', 'Nansha']]);
    expect(found('MacaoTel, preMacao')).toEqual([]);
    expect(found("Macao's economy")).toEqual([['macao', 'Macao']]);
  });

  it('needs no spaces or boundaries in Chinese', () => {
    expect(found('推进横琴粤澳深度合作区建设，澳门经济')).toEqual([
      ['hengqin-cooperation-zone', '横琴粤澳深度合作区'],
      ['macao', '澳门'],
    ]);
  });

  it('treats Simplified and Traditional forms as the same entry', () => {
    expect(found('橫琴粵澳深度合作區與澳門')).toEqual([
      ['hengqin-cooperation-zone', '橫琴粵澳深度合作區'],
      ['macao', '澳門'],
    ]);
  });

  it('ignores case for names', () => {
    expect(found('MACAO and macau and Hong kong')).toEqual([
      ['macao', 'MACAO'],
      ['macao', 'macau'],
      ['hong-kong', 'Hong kong'],
    ]);
  });

  it('keeps acronyms and strict-case aliases case-sensitive', () => {
    expect(found('The GBA, the gba, the HZMB, the hzmb, CCPIT and ccpit')).toEqual([
      ['gba', 'GBA'],
      ['hzmb', 'HZMB'],
      ['ccpit', 'CCPIT'],
    ]);
    expect(found('The Loop, the Loop, not the loop')).toEqual([
      ['hetao', 'The Loop'],
      ['hetao', 'the Loop'],
    ]);
  });

  it('accepts hyphen, en dash, em dash and space variants', () => {
    for (const text of [
      'Hong Kong–Zhuhai–Macao Bridge',
      'Hong Kong Zhuhai Macao Bridge',
      'Hong Kong — Zhuhai - Macao  Bridge',
      'Hong\u00a0Kong‑Zhuhai‑Macao Bridge',
    ]) {
      expect(found(text)).toEqual([['hzmb', text]]);
    }
  });

  it('accepts curly quotes and full-width forms', () => {
    expect(found('the Supreme People’s Court')).toEqual([['spc', 'Supreme People’s Court']]);
    expect(found('ＧＢＡ与ＨＺＭＢ')).toEqual([
      ['gba', 'ＧＢＡ'],
      ['hzmb', 'ＨＺＭＢ'],
    ]);
  });

  it('gives offsets into the original text across line breaks, soft hyphens and inline splits', () => {
    const text = 'See the Hong Kong-Zhuhai-\n   Macao Bridge and Heng\u00adqin.';
    expect(found(text)).toEqual([
      ['hzmb', 'Hong Kong-Zhuhai-\n   Macao Bridge'],
      ['hengqin', 'Heng\u00adqin'],
    ]);
  });

  it('reads long runs of white space (indentation) as one space, with offsets into the original text', () => {
    const text = `Nansha\n${' '.repeat(40)}\t\u00a0 \u3000  Hong\n        Kong-Zhuhai-Macao     Bridge${' '.repeat(30)}Macao`;
    expect(found(text)).toEqual([
      ['nansha', 'Nansha'],
      ['hzmb', 'Hong\n        Kong-Zhuhai-Macao     Bridge'],
      ['macao', 'Macao'],
    ]);
  });

  it('does not mistake excluded phrases for entries, in either script', () => {
    expect(found('南沙群岛和南沙群島不是南沙')).toEqual([['nansha', '南沙']]);
    expect(found('孫中山與中山')).toEqual([['zhongshan', '中山']]);
  });

  it('reads a text the same the first time and every time after (its failure links and transition cache fill as it reads)', () => {
    const fresh = new Matcher(index.matcher);
    const text = 'ＧＢＡ: 橫琴粵澳深度合作區, the Hong Kong–Zhuhai–\nMacao Bridge and Heng\u00adqin; 南沙群岛 is not 南沙.';
    const expected = [
      ['gba', 'ＧＢＡ'],
      ['hengqin-cooperation-zone', '橫琴粵澳深度合作區'],
      ['hzmb', 'Hong Kong–Zhuhai–\nMacao Bridge'],
      ['hengqin', 'Heng\u00adqin'],
      ['nansha', '南沙'],
    ];
    for (let pass = 0; pass < 3; pass++) {
      expect(found(text, fresh)).toEqual(expected);
    }
    // A short text after a long one: offsets from its own start.
    expect(fresh.findMentions('Macao').map((m) => [index.entries[m.entry]!.id, m.start, m.end])).toEqual([['macao', 0, 5]]);
  });

  it('finds nothing in text without entries, and copes with empty text', () => {
    expect(found('')).toEqual([]);
    expect(found('A page about gardening and loops.')).toEqual([]);
  });
});
