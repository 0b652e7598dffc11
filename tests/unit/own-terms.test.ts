import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../lib/match/matcher';
import { NameFolder } from '../../lib/own-terms/fold';
import { checkInput, clashWithin, mergeOwnTerms } from '../../lib/own-terms/list';
import { ownMatcherData } from '../../lib/own-terms/matcher';
import { nameProblem } from '../../lib/own-terms/names';
import { ENGLISH } from '../../lib/own-terms/problems';
import { ownMentions } from '../../lib/page/scan-page';
import { ownTerm, PAIRS } from '../fixtures/own-terms';

const folder = new NameFolder(PAIRS);

const spans = (matcher: Matcher, text: string) =>
  matcher.findMentions(text).map((m) => [matcher.entryId(m.entry), text.slice(m.start, m.end)]);

describe('an own term’s name', () => {
  it.each([
    ['', 'ownProblemEmpty'],
    ['    ', 'ownProblemEmpty'],
    ['x'.repeat(201), 'ownProblemTooLong'],
    ['!!!', 'ownProblemNoLetters'],
    ['——…', 'ownProblemNoLetters'],
    ['、。', 'ownProblemNoLetters'],
    ['a', 'ownProblemSingleLetter'],
    [' Ｑ ', 'ownProblemSingleLetter'],
    ['港', 'ownProblemSingleCharacter'],
    ['Tab\u0007bed', 'ownProblemControl'],
  ])('“%s” is refused (%s)', (name, key) => {
    expect(nameProblem(name)?.key).toBe(key);
  });

  it.each(['Qianhai Fund', '前海基金', 'AB', 'x'.repeat(200), 'Café Macau', '2049'])('“%s” is accepted', (name) => {
    expect(nameProblem(name)).toBeNull();
  });

  it('a term without a name, or with too long a note, is refused with the reason', () => {
    const base = { kind: 'place' as const, note: '', links: [] };
    expect(checkInput({ ...base, names: ['', '  '] })).toMatchObject({ ok: false, problem: { key: 'ownProblemEmpty' } });
    expect(checkInput({ ...base, names: [] })).toMatchObject({ ok: false, problem: { key: 'ownProblemNoName' } });
    expect(checkInput({ ...base, names: ['Qianhai Fund'], note: 'n'.repeat(2_001) })).toMatchObject({
      ok: false,
      problem: { key: 'ownProblemNoteTooLong' },
    });
    expect(checkInput({ ...base, names: ['Qianhai Fund'], links: Array.from({ length: 21 }, (_, i) => `entry-${i}`) })).toMatchObject({
      ok: false,
      problem: { key: 'ownProblemTooManyLinks' },
    });
    expect(checkInput({ ...base, names: ['Qianhai Fund', 'a'] })).toMatchObject({
      ok: false,
      problem: { key: 'ownProblemSingleLetter', args: ['a'] },
    });
  });

  it('blank lines among the names are left out and the names trimmed', () => {
    const checked = checkInput({ names: ['  Qianhai   Fund ', '', '前海基金'], kind: 'place', note: '', links: [] });
    expect(checked).toEqual({ ok: true, value: { names: ['Qianhai Fund', '前海基金'], kind: 'place', note: '', links: [] } });
  });

  it('every refusal has the same English text as the English catalogue', () => {
    const catalogue = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
    for (const [key, text] of Object.entries(ENGLISH)) expect(catalogue[key]?.message, key).toBe(text);
  });
});

describe('the matcher built at run time for own terms', () => {
  const terms = [
    ownTerm(['Qianhai Fund', '前海基金']),
    ownTerm(['橫琴灣區研究所'], { id: 'own-institute' }),
    ownTerm(['GBRF', 'Greater Bay Research Forum'], { id: 'own-gbrf' }),
  ];
  const matcher = new Matcher(ownMatcherData(terms, folder)!);

  it('finds a name whatever its case, width and dashes', () => {
    expect(spans(matcher, 'The qianhai fund and the ＱＩＡＮＨＡＩ  ＦＵＮＤ.')).toEqual([
      ['own-qianhai-fund', 'qianhai fund'],
      ['own-qianhai-fund', 'ＱＩＡＮＨＡＩ  ＦＵＮＤ'],
    ]);
  });

  it('reads Simplified and Traditional as one name', () => {
    expect(spans(matcher, '据横琴湾区研究所称')).toEqual([['own-institute', '横琴湾区研究所']]);
    expect(spans(matcher, '據橫琴灣區研究所稱')).toEqual([['own-institute', '橫琴灣區研究所']]);
  });

  it('keeps word boundaries in Latin text and the case of acronyms', () => {
    expect(spans(matcher, 'Qianhai Funds')).toEqual([]);
    expect(spans(matcher, 'gbrf and Gbrf')).toEqual([]);
    expect(spans(matcher, 'the GBRF, or the greater bay research forum')).toEqual([
      ['own-gbrf', 'GBRF'],
      ['own-gbrf', 'greater bay research forum'],
    ]);
  });

  it('has nothing to build without terms', () => {
    expect(ownMatcherData([], folder)).toBeNull();
  });
});

describe('the list of own terms', () => {
  it('refuses a name another term has, however it is written', () => {
    const terms = [ownTerm(['Qianhai Fund'])];
    expect(clashWithin(terms, { id: 'own-new', names: ['QIANHAI  FUND'] }, folder)).toEqual({
      key: 'ownProblemClash',
      args: ['QIANHAI  FUND', 'Qianhai Fund'],
    });
    expect(clashWithin(terms, { id: 'own-qianhai-fund', names: ['Qianhai Fund', 'QF Ltd'] }, folder)).toBeNull();
  });

  it('an import adds new terms, keeps the newer copy of a known one, and is refused whole on a clash', () => {
    const mine = ownTerm(['Qianhai Fund'], { note: 'mine' });
    const newer = { ...mine, note: 'newer', editedAt: '2026-12-02T10:00:00.000Z' };
    const fresh = ownTerm(['Lingnan Data Lab']);
    const merged = mergeOwnTerms([mine], [newer, fresh], folder);
    expect(merged).toEqual({ ok: true, value: { terms: [newer, fresh], added: 1, updated: 1, unchanged: 0 } });
    const clashing = ownTerm(['qianhai fund'], { id: 'own-other' });
    expect(mergeOwnTerms([mine], [fresh, clashing], folder)).toMatchObject({ ok: false, problem: { key: 'ownProblemClash' } });
  });
});

describe('own terms beside the index on a page', () => {
  // Any matcher stands for the index here: built from the same builder, with the index's names.
  const index = new Matcher(
    ownMatcherData(
      [ownTerm(['Qianhai']), ownTerm(['Macao'], { id: 'own-macao-index' }), ownTerm(['Qianhai Fund Tower'], { id: 'own-tower' })],
      folder,
    )!,
  );
  const own = new Matcher(ownMatcherData([ownTerm(['Qianhai Fund']), ownTerm(['Macao'], { id: 'own-macao' })], folder)!);
  const onPage = (text: string) =>
    ownMentions(own, text, index.findMentions(text)).map((m) => [own.entryId(m.entry), text.slice(m.start, m.end)]);

  it('an own term longer than the index’s name inside it stands', () => {
    expect(onPage('The Qianhai Fund opened.')).toEqual([['own-qianhai-fund', 'Qianhai Fund']]);
  });

  it('where both claim the same words, or the index reaches further, the index’s entry stands', () => {
    expect(onPage('Macao and Qianhai')).toEqual([]);
    expect(onPage('the Qianhai Fund Tower rose')).toEqual([]);
  });
});
