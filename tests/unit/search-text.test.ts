import { describe, expect, it } from 'vitest';
import { TextFolder } from '../../lib/search/fold';
import { excerpt, findMarks, mergeSpans } from '../../lib/search/marks';
import { simplifiedPairs } from '../../lib/kb/build/script-pairs';
import { comparable, indexTokens, queryTerms } from '../../lib/search/terms';

const folder = new TextFolder(simplifiedPairs());
const fold = (text: string) => folder.fold(text);
const marked = (text: string, query: string) => findMarks(fold(text), queryTerms(fold(query))).map(([s, e]) => text.slice(s, e));

describe('folding for search', () => {
  it('makes Traditional and Simplified, capitals and full-width forms the same', () => {
    expect(fold('橫琴粵澳深度合作區')).toBe(fold('横琴粤澳深度合作区'));
    expect(fold('粵港澳大灣區')).toBe('粤港澳大湾区');
    expect(fold('ＨＺＭＢ Macao')).toBe('hzmb macao');
  });

  it('never changes the length of a text, so offsets found in it mark the original', () => {
    for (const text of ['Hong Kong–Zhuhai–Macao Bridge', 'soft\u00adhyphen', '澳門輕軌橫琴線', '“quoted” — text']) {
      expect(fold(text)).toHaveLength(text.length);
    }
  });
});

describe('terms', () => {
  it('index Chinese by characters and neighbouring pairs, as Chinese has no spaces', () => {
    expect(indexTokens(fold('合作區'))).toEqual(['合', '合作', '作', '作区', '区']);
  });

  it('keep English words whole and drop the s of a possessive', () => {
    expect(indexTokens(fold("Macao's gaming"))).toEqual(['macao', 'gaming']);
  });

  it('read plurals in a query as their stem, so the singular is found too', () => {
    expect(queryTerms(fold('Bridges cities ports bus')).map((t) => t.text)).toEqual(['bridge', 'cit', 'port', 'bus']);
  });

  it('compare names by their words alone', () => {
    expect(comparable(fold('Hong Kong–Zhuhai–Macao Bridge'))).toBe(comparable(fold('hong kong zhuhai macao bridges')));
  });
});

describe('highlight offsets', () => {
  it('mark English words where a word starts, not inside another word', () => {
    expect(marked('Hong Kong and Hongkongers', 'kong')).toEqual(['Kong']);
    expect(marked('Hengqin Island', 'heng isl')).toEqual(['Heng', 'Isl']);
  });

  it('mark Chinese anywhere, in the script the text is written in', () => {
    expect(marked('橫琴粵澳深度合作區', '合作区')).toEqual(['合作區']);
    expect(marked('横琴粤澳深度合作区', '橫琴')).toEqual(['横琴']);
  });

  it('fall back to pairs of characters when the whole run is not in the text', () => {
    expect(marked('横琴粤澳深度合作区', '横琴合作')).toEqual(['横琴', '合作']);
  });

  it('merge overlapping and touching marks', () => {
    expect(
      mergeSpans([
        [5, 8],
        [0, 3],
        [3, 4],
        [6, 10],
      ]),
    ).toEqual([
      [0, 4],
      [5, 10],
    ]);
  });

  it('keep marks on the same words when a long text is cut to an excerpt', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The Hengqin zone is here. ${'Sed do eiusmod tempor. '.repeat(20)}`;
    const cut = excerpt(text, findMarks(fold(text), queryTerms(fold('hengqin'))), 120);
    expect(cut.text.length).toBeLessThan(130);
    expect(cut.text.startsWith('…') && cut.text.endsWith('…')).toBe(true);
    expect(cut.marks.map(([s, e]) => cut.text.slice(s, e))).toEqual(['Hengqin']);
  });
});
