import type { DataSet } from '../../lib/kb/build/load';
import type { Entry, EntryInput, Exclusion, Figure, Source } from '../../lib/kb/schema';
import { entrySchema } from '../../lib/kb/schema';

/** A small data set, built in code, so matcher tests do not depend on the real data. */
export function entry(input: Partial<EntryInput> & Pick<EntryInput, 'id'>): Entry {
  return entrySchema.parse({
    kind: 'place',
    names: { en: input.id, 'zh-Hans': '测试' + input.id },
    description: 'A test entry.',
    checked: '2026-12-02',
    ...input,
  });
}

export function dataSet(parts: { entries: Entry[]; sources?: Source[]; figures?: Figure[]; exclusions?: Exclusion[] }): DataSet {
  const at =
    <T>(file: string) =>
    (item: T) => ({ file, item });
  return {
    entries: parts.entries.map(at('data/entries/test.yaml')),
    sources: (parts.sources ?? []).map(at('data/sources/test.yaml')),
    figures: (parts.figures ?? []).map(at('data/figures/test.yaml')),
    exclusions: (parts.exclusions ?? []).map(at('data/exclusions.yaml')),
  };
}

export const sampleEntries: Entry[] = [
  entry({
    id: 'gba',
    names: { en: 'Guangdong-Hong Kong-Macao Greater Bay Area', 'zh-Hans': '粤港澳大湾区' },
    aliases: ['Greater Bay Area', 'GBA', '大湾区'],
  }),
  entry({ id: 'hong-kong', names: { en: 'Hong Kong', 'zh-Hans': '香港' } }),
  entry({ id: 'macao', names: { en: 'Macao', 'zh-Hans': '澳门' }, aliases: ['Macau'] }),
  entry({ id: 'hengqin', names: { en: 'Hengqin', 'zh-Hans': '横琴' }, aliases: ['Hengqin Island'] }),
  entry({
    id: 'hengqin-cooperation-zone',
    kind: 'zone',
    names: { en: 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin', 'zh-Hans': '横琴粤澳深度合作区' },
    aliases: ['Hengqin Guangdong-Macao In-Depth Cooperation Zone', '横琴深合区'],
  }),
  entry({ id: 'hzmb', kind: 'infrastructure', names: { en: 'Hong Kong-Zhuhai-Macao Bridge', 'zh-Hans': '港珠澳大桥' }, aliases: ['HZMB'] }),
  entry({
    id: 'ccpit',
    kind: 'organisation',
    names: { en: 'China Council for the Promotion of International Trade', 'zh-Hans': '中国国际贸易促进委员会' },
    aliases: ['CCPIT'],
  }),
  entry({
    id: 'hetao',
    kind: 'zone',
    names: { en: 'Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone', 'zh-Hans': '河套深港科技创新合作区' },
    strictCase: ['the Loop', 'The Loop'],
  }),
  entry({ id: 'nansha', kind: 'zone', names: { en: 'Nansha', 'zh-Hans': '南沙' } }),
  entry({ id: 'zhongshan', names: { en: 'Zhongshan', 'zh-Hans': '中山' } }),
  entry({
    id: 'macao-made-labels',
    kind: 'policy',
    names: { en: 'Macao-made labels', 'zh-Hans': '澳门监造' },
    aliases: ['Macao Monitored Manufacturing'],
  }),
];

export const sampleExclusions: Exclusion[] = [
  { text: '南沙群岛', shadows: 'nansha', note: 'The Spratly Islands.' },
  { text: '孙中山', shadows: 'zhongshan', note: 'Sun Yat-sen, the person.' },
];
