import { describe, expect, it } from 'vitest';
import { LookupIndex, type LookupCandidate } from '../../lib/lookup/find';
import { TextFolder } from '../../lib/search/fold';
import { PAIRS } from '../fixtures/own-terms';

const candidates: LookupCandidate[] = [
  { id: 'hengqin', name: 'Hengqin', kind: 'place', own: false, names: ['Hengqin', '横琴', '橫琴'] },
  {
    id: 'hengqin-cooperation-zone',
    name: 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin',
    kind: 'zone',
    own: false,
    names: ['Guangdong-Macao In-Depth Cooperation Zone in Hengqin', 'Hengqin Cooperation Zone', '横琴粤澳深度合作区'],
  },
  { id: 'macao', name: 'Macao', kind: 'place', own: false, names: ['Macao', 'Macau', '澳门', '澳門'] },
  { id: 'own-hengqin-fund', name: 'Hengqin Fund', kind: 'organisation', own: true, names: ['Hengqin Fund', '横琴基金'] },
];
const index = new LookupIndex(new TextFolder(PAIRS), candidates);
const ids = (text: string, named: string[] = []) => index.find(text, named).map((h) => `${h.id}:${h.how}`);

describe('looking up a selection', () => {
  it('finds a name whatever its case, width or script', () => {
    expect(ids('HENGQIN')[0]).toBe('hengqin:exact');
    expect(ids('ｍａｃａｕ')[0]).toBe('macao:exact');
    expect(ids('澳門')[0]).toBe('macao:exact');
    expect(index.find('Macau')[0]).toMatchObject({ id: 'macao', via: 'Macau' });
  });

  it('finds names the selection is part of, the index’s before the reader’s own', () => {
    expect(ids('hengqin coop')).toEqual(['hengqin-cooperation-zone:partial']);
    expect(ids('hengq')).toEqual(['hengqin:partial', 'hengqin-cooperation-zone:partial', 'own-hengqin-fund:partial']);
    expect(ids('基金')).toEqual(['own-hengqin-fund:partial']);
  });

  it('lists what the matchers found named inside a longer selection after a whole name', () => {
    expect(ids('visitors from Macau to the zone', ['macao'])).toEqual(['macao:named']);
    expect(ids('hengqin coop', ['hengqin'])).toEqual(['hengqin-cooperation-zone:partial', 'hengqin:named']);
  });

  it('finds nothing for text no name holds', () => {
    expect(ids('Qianhai Fund')).toEqual([]);
    expect(ids('  ')).toEqual([]);
  });
});
