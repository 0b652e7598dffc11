import { describe, expect, it } from 'vitest';
import { buildTables, packMatcher } from '../../lib/match/build-tables';
import { Matcher } from '../../lib/match/matcher';
import { PageContext, keepInContext } from '../../lib/match/context';
import { normalizeAlias } from '../../lib/match/normalize';
import { paragraphsOf, scanBlocks } from '../../lib/match/scan';
import type { MatcherData } from '../../lib/match/types';

const ALIASES = ['hengqin', 'hengqin island', 'macao', 'hong kong', 'hong kong-zhuhai-macao bridge', '横琴', '澳门', 'gba', 'the loop'];

function data(): MatcherData {
  const entries = ALIASES.map((a, i) => ({ id: `e${i}`, kind: 'place' as const }));
  return packMatcher(
    '',
    entries,
    ALIASES.map((alias, i) => ({ text: normalizeAlias(alias), targets: [i] })),
    [],
  );
}

describe('the matcher tables compiled at build time', () => {
  it('find every alias, leftmost-longest, from tables read in place', () => {
    const matcher = new Matcher(data());
    const text = 'From Hengqin Island to Macao over the Hong Kong-Zhuhai-Macao Bridge; 横琴 faces 澳门.';
    expect(matcher.findMentions(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'Hengqin Island',
      'Macao',
      'Hong Kong-Zhuhai-Macao Bridge',
      '横琴',
      '澳门',
    ]);
  });

  it('refuse tables of another format with a message to rebuild', () => {
    const d = data();
    expect(() => new Matcher({ ...d, automaton: { ...d.automaton, format: 3 as unknown as 4 } })).toThrow(/format 3, expected 4: rebuild/);
  });

  it('refuse truncated or mismatched tables instead of highlighting wrongly', () => {
    const d = data();
    expect(() => new Matcher({ ...d, automaton: { ...d.automaton, codes: d.automaton.codes.slice(1) } })).toThrow(/corrupt/);
    expect(() => new Matcher({ ...d, targets: d.targets.slice(1) })).toThrow(/corrupt: targets for/);
    expect(() => new Matcher({ ...d, kinds: d.kinds.slice(1) })).toThrow(/corrupt/);
  });

  it('number patterns by the state where they end, so no pattern list ships', () => {
    const { tables, order } = buildTables(['b', 'a', 'ab']);
    expect(tables.patterns).toBe(3);
    expect([...order].sort()).toEqual([0, 1, 2]);
    // Preorder: a, ab, b.
    expect(order).toEqual([1, 2, 0]);
  });

  it('fail the build when two patterns are the same text', () => {
    expect(() => buildTables(['macao', 'macao'])).toThrow(/same text/);
  });
});

describe('ambiguous aliases and their context', () => {
  const entries = [
    { id: 'gba', kind: 'place' as const },
    { id: 'hong-kong', kind: 'place' as const },
    { id: 'zhongshan', kind: 'place' as const },
  ];
  const patterns = [
    { text: normalizeAlias('GBA'), targets: [0], exact: ['GBA'], ambiguous: { within: 'page' as const } },
    { text: normalizeAlias('Hong Kong'), targets: [1] },
    { text: normalizeAlias('中山'), targets: [2], ambiguous: { within: 'block' as const, with: [1] } },
  ];
  const matcher = new Matcher(packMatcher('', entries, patterns, []));
  const ids = (text: string) => scanBlocks(text, paragraphsOf(text), matcher).mentions.map((m) => entries[m.entry]!.id);

  it('mark a page-wide ambiguous alias only where the page names something unambiguous, before or after', () => {
    expect(ids('The GBA SP has a front light.\n\nIts games ran at 240 by 160 pixels.')).toEqual([]);
    expect(ids('The GBA grew again.\n\nHong Kong led the way.')).toEqual(['gba', 'hong-kong']);
  });

  it('mark a block-wide ambiguous alias only beside one of its context entries in the same block', () => {
    expect(ids('中山医院\n\nHong Kong')).toEqual(['hong-kong']);
    expect(ids('中山 and Hong Kong')).toEqual(['zhongshan', 'hong-kong']);
  });

  it('let a page learn its context as it is scanned, and say which mentions wait for it', () => {
    const page = new PageContext();
    const grew = matcher.findMentions('The GBA grew again.');
    page.add(grew);
    const first = keepInContext(grew, page);
    expect(first.kept).toEqual([]);
    expect(first.waiting.map((m) => m.entry)).toEqual([0]);
    const led = matcher.findMentions('Hong Kong led.');
    page.add(led);
    const second = keepInContext(led, page);
    expect(second.kept.map((m) => m.entry)).toEqual([1]);
    expect(page.has({ within: 'page' })).toBe(true);
  });
});
