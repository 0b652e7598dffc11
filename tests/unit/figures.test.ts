import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../lib/kb/build/compile';
import { linkFigures } from '../../lib/match/figures';
import { Matcher } from '../../lib/match/matcher';
import { findNumbers, narrowDigits } from '../../lib/match/numbers';
import type { Figure, Source } from '../../lib/kb/schema';
import { dataSet, sampleEntries } from './fixture-index';

function read(text: string) {
  return findNumbers(narrowDigits(text)).map((n) => ({ surface: text.slice(n.start, n.end), unit: n.unit, value: n.value }));
}

describe('numbers in text', () => {
  it.each([
    ['about 106 square kilometres of land', '106 square kilometres', 'km2', 106],
    ['an area of 106 km² in all', '106 km²', 'km2', 106],
    ['占地3.89平方公里', '3.89平方公里', 'km2', 3.89],
    ['more than 30 trillion yuan settled', '30 trillion yuan', 'CNY', 3e13],
    ['结算金额超过30万亿元', '30万亿元', 'CNY', 3e13],
    ['accounting for 18.6% of the total', '18.6%', 'percent', 18.6],
    ['labour force of 383,000 people', '383,000', 'count', 383000],
    ['总额达2.5万亿元', '2.5万亿元', 'CNY', 2.5e12],
    ['12.02 billion yuan', '12.02 billion yuan', 'CNY', 1.202e10],
    ['RMB 30 billion', 'RMB 30 billion', 'CNY', 3e10],
    ['21,000 Macao patacas a month', '21,000 Macao patacas', 'MOP', 21000],
    ['5.3 percentage points higher', '5.3 percentage points', 'pp', 5.3],
    ['13.47 million transactions', '13.47 million', 'count', 13470000],
    ['占比１８．６％', '１８．６％', 'percent', 18.6],
  ])('reads %j', (text, surface, unit, value) => {
    expect(read(text)).toContainEqual({ surface, unit, value });
  });

  it('reads dates in English and Chinese', () => {
    expect(read('On 5 September 2021 the plan')).toEqual([{ surface: '5 September 2021', unit: 'date', value: '2021-09-05' }]);
    expect(read('September 5, 2021')).toEqual([{ surface: 'September 5, 2021', unit: 'date', value: '2021-09-05' }]);
    expect(read('2021年9月5日印发')).toEqual([{ surface: '2021年9月5日', unit: 'date', value: '2021-09-05' }]);
  });

  it('leaves years, versions, times and parts of words alone', () => {
    expect(read('In 2024, v8.1 at 12:35 with 5G and COVID-19')).toEqual([]);
  });
});

const source: Source = {
  id: 'paper',
  title: 'A paper',
  date: '2024',
  language: 'en',
  kind: 'paper',
  rights: 'quotation-with-citation',
  passages: [
    {
      id: 'p1',
      text: 'The Hengqin Guangdong-Macao In-Depth Cooperation Zone covers about 106 square kilometers. Macao had 383,000 workers.',
    },
  ],
};
const figures: Figure[] = [
  {
    id: 'zone-area',
    subject: 'hengqin-cooperation-zone',
    measure: 'Area',
    value: 106,
    unit: 'km2',
    qualifier: 'about',
    asOf: '2021',
    source: 'paper',
    passage: 'p1',
    stated: '106 square kilometers',
    cues: [],
  },
  {
    id: 'macao-labour',
    subject: 'macao',
    measure: 'Labour force',
    value: 383000,
    unit: 'count',
    asOf: '2024',
    source: 'paper',
    passage: 'p1',
    stated: '383,000',
    cues: ['workers', 'labour', '劳动'],
  },
];
figures.push(
  {
    id: 'macao-gaming-gdp',
    subject: 'macao',
    measure: 'Gaming share of the economy',
    value: 55,
    unit: 'percent',
    asOf: '2024',
    source: 'paper',
    passage: 'p2',
    stated: '55%',
    cues: ['gaming', 'economy'],
  },
  {
    id: 'macao-gaming-jobs',
    subject: 'macao',
    measure: 'Gaming share of employment',
    value: 18.6,
    unit: 'percent',
    asOf: '2024',
    source: 'paper',
    passage: 'p2',
    stated: '18.6%',
    cues: ['gaming', 'employment'],
  },
);
source.passages.push({ id: 'p2', text: 'In Macao gaming is 55% of the economy and 18.6% of employment.' });
const { index } = compileIndex(dataSet({ entries: sampleEntries, sources: [source], figures }));
const matcher = new Matcher(index.matcher);

function figuresIn(text: string) {
  return linkFigures(text, matcher.findMentions(text), index.matcher.figures).map((f) => ({
    surface: text.slice(f.start, f.end),
    figure: index.matcher.figures[f.figure]!.id,
    status: f.status,
  }));
}

describe('figures on a page', () => {
  it('links a number to the figure of an entry named in the same paragraph', () => {
    expect(figuresIn('横琴粤澳深度合作区面积约106平方公里。')).toEqual([{ surface: '106平方公里', figure: 'zone-area', status: 'match' }]);
    expect(figuresIn('The Hengqin Guangdong-Macao In-Depth Cooperation Zone: 106 km².')).toEqual([
      { surface: '106 km²', figure: 'zone-area', status: 'match' },
    ]);
  });

  it('reports a different page number as a mismatch', () => {
    expect(figuresIn('The Hengqin Guangdong-Macao In-Depth Cooperation Zone covers 120 square kilometres.')).toEqual([
      { surface: '120 square kilometres', figure: 'zone-area', status: 'mismatch' },
    ]);
    expect(figuresIn('Macao has 390,000 workers.')).toEqual([{ surface: '390,000', figure: 'macao-labour', status: 'mismatch' }]);
  });

  it('agrees at the coarser precision of the two numbers', () => {
    expect(figuresIn('澳门劳动人口38.3万人')).toEqual([{ surface: '38.3万', figure: 'macao-labour', status: 'match' }]);
  });

  it('reaches back past the sentence before only when the sentence refers back, and only for numbers after those words', () => {
    const named = 'The Hengqin Guangdong-Macao In-Depth Cooperation Zone opened in 2021. Its offices moved twice. ';
    expect(figuresIn(`${named}The zone covers 106 square kilometres.`)).toEqual([
      { surface: '106 square kilometres', figure: 'zone-area', status: 'match' },
    ]);
    expect(figuresIn(`${named}该区面积106平方公里。`)).toEqual([{ surface: '106平方公里', figure: 'zone-area', status: 'match' }]);
    expect(figuresIn(`${named}面积106平方公里，该区还在扩大。`)).toEqual([]);
    expect(figuresIn(`${named}Land of 106 square kilometres, all of the zone.`)).toEqual([]);
    expect(figuresIn(`${named}The land covers 106 square kilometres.`)).toEqual([]);
  });

  it('links every number of one long sentence that refers back once', () => {
    const long = (n: number) => `The zone ${Array.from({ length: n }, (_, i) => `plot ${i} covers 106 square kilometres`).join(', ')}.`;
    const named = 'The Hengqin Guangdong-Macao In-Depth Cooperation Zone opened. Its offices moved. ';
    expect(figuresIn(named + long(3)).map((f) => f.figure)).toEqual(['zone-area', 'zone-area', 'zone-area']);
    expect(figuresIn(named + long(2_000))).toHaveLength(2_000);
  });

  it('links nothing when the subject is not named in the paragraph', () => {
    expect(figuresIn('Some park covers 106 square kilometres.')).toEqual([]);
  });

  it('prefers the figure whose cue words best describe the number', () => {
    expect(figuresIn('Macao: gaming took 56% of the economy but 21% of employment.')).toEqual([
      { surface: '56%', figure: 'macao-gaming-gdp', status: 'mismatch' },
      { surface: '21%', figure: 'macao-gaming-jobs', status: 'mismatch' },
    ]);
  });

  it('links a bare count only when a cue word stands near it', () => {
    expect(figuresIn('Macao sold 383,000 tickets to visitors from far away places.')).toEqual([]);
  });
});
