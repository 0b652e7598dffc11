import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/kb/build';
import { CardBuilder } from '../../lib/kb/card';
import { formatDate, formatFigure } from '../../lib/kb/format';

const cards = new CardBuilder(buildIndex().index);

describe('entry cards', () => {
  const card = cards.entry('hengqin-cooperation-zone')!;

  it('carry names in English and both Chinese scripts, kind and description', () => {
    expect(card.names).toEqual({
      en: 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin',
      'zh-Hans': '横琴粤澳深度合作区',
      'zh-Hant': '橫琴粵澳深度合作區',
    });
    expect(card.kind).toBe('zone');
    expect(card.description.length).toBeGreaterThan(40);
  });

  it('show key figures with their date and source', () => {
    expect(card.figures).toContainEqual(
      expect.objectContaining({
        display: 'about 106 km²',
        asOf: '5 September 2021',
        source: expect.objectContaining({ id: 'hengqin-institutional-opening-paper' }),
      }),
    );
  });

  it('list what set the entry up and what governs it before looser relations', () => {
    const labels = card.relations.map((r) => `${r.label}: ${r.entry.id}`);
    expect(labels[0]).toBe('Set up by: hengqin-master-plan');
    expect(labels).toContain('Governed by: four-commons');
    expect(labels.indexOf('Governed by: four-commons')).toBeLessThan(labels.findIndex((l) => l.startsWith('Related to')));
  });

  it('give the best passages with the term marked where it is named', () => {
    expect(card.passages).toHaveLength(3);
    expect(card.passageCount).toBeGreaterThan(3);
    for (const p of card.passages) {
      expect(p.marks.length).toBeGreaterThan(0);
      for (const [start, end] of p.marks) expect(p.text.slice(start, end)).toMatch(/Cooperation Zone|合作区/i);
      expect(p.source.title.length).toBeGreaterThan(10);
    }
  });

  it('are null for an unknown id', () => {
    expect(cards.entry('atlantis')).toBeNull();
  });
});

describe('figure cards', () => {
  it('give the indexed figure, its source and its subject', () => {
    expect(cards.figureCard('macao-gaming-employment-share')).toEqual({
      figure: expect.objectContaining({ display: '18.6%', source: expect.objectContaining({ id: 'hengqin-institutional-opening-paper' }) }),
      subject: { id: 'macao', name: 'Macao', kind: 'place' },
    });
  });
});

describe('figures as a reader says them', () => {
  it.each([
    [106, 'km2', 'about', 'about 106 km²'],
    [3e13, 'CNY', 'more-than', 'more than 30 trillion yuan'],
    [1.202e10, 'CNY', undefined, '12.02 billion yuan'],
    [21000, 'MOP', undefined, '21,000 patacas'],
    [383000, 'count', undefined, '383,000'],
    [13470000, 'count', undefined, '13.47 million'],
    [18.6, 'percent', undefined, '18.6%'],
    ['2021-09-05', 'date', undefined, '5 September 2021'],
  ] as const)('%s %s', (value, unit, qualifier, expected) => {
    expect(formatFigure(value, unit, qualifier)).toBe(expected);
  });

  it('dates at the precision the source gives', () => {
    expect(formatDate('2024-06')).toBe('June 2024');
    expect(formatDate('2024')).toBe('2024');
  });
});
