import { describe, expect, it } from 'vitest';
import { groupByKind, groupFigures } from '../../lib/digest/groups';
import { ENTRY_KINDS } from '../../lib/kb/schema';

const entry = (id: string, kind: string, count: number) => ({ id, name: id, kind, count });

describe('the page digest', () => {
  it('groups entries by kind, the kind mentioned most first, keeping the most mentioned first inside', () => {
    const groups = groupByKind(
      [
        entry('macao', 'place', 4),
        entry('loop', 'zone', 4),
        entry('gba', 'place', 3),
        entry('hzmb', 'infrastructure', 2),
        entry('zhuhai', 'place', 1),
      ],
      ENTRY_KINDS,
    );
    expect(groups.map((g) => g.kind)).toEqual(['place', 'zone', 'infrastructure']);
    expect(groups[0]!.entries.map((e) => e.id)).toEqual(['macao', 'gba', 'zhuhai']);
    expect(groups[0]!.mentions).toBe(8);
  });

  it('breaks a tie between kinds in the order of kinds given', () => {
    const groups = groupByKind([entry('plan', 'plan', 2), entry('place', 'place', 2)], ENTRY_KINDS);
    expect(groups.map((g) => g.kind)).toEqual(['place', 'plan']);
  });

  it('gathers the numbers tied to one figure, counting repeats, differing ones first', () => {
    const groups = groupFigures([
      { id: 'area', surface: '106 square kilometres', status: 'match', subject: 'zone' },
      { id: 'share', surface: '18.6%', status: 'match', subject: 'macao' },
      { id: 'area', surface: '106平方公里', status: 'match', subject: 'zone' },
      { id: 'share', surface: '21.5%', status: 'mismatch', subject: 'macao' },
      { id: 'area', surface: '106平方公里', status: 'match', subject: 'zone' },
    ]);
    expect(groups.map((g) => g.id)).toEqual(['share', 'area']);
    expect(groups[0]!.mismatch).toBe(true);
    expect(groups[1]!.numbers).toEqual([
      { surface: '106 square kilometres', status: 'match', count: 1 },
      { surface: '106平方公里', status: 'match', count: 2 },
    ]);
  });
});
