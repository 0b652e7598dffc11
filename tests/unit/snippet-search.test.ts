import { describe, expect, it } from 'vitest';
import { entryDirectory } from '../../lib/snippets/entry-names';
import { applyFilter, facetsOf, NO_FILTER } from '../../lib/snippets/filter';
import { simplifiedPairs } from '../../lib/kb/build/script-pairs';
import { searchFolder } from '../../lib/snippets/fold';

const foldForSearch = searchFolder(simplifiedPairs());
import { SnippetSearch } from '../../lib/snippets/search';
import { bilingualLibrary } from '../fixtures/snippets-sample';

const entries = entryDirectory([
  {
    id: 'hengqin-cooperation-zone',
    kind: 'zone',
    names: { en: 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin', 'zh-Hans': '横琴粤澳深度合作区', 'zh-Hant': '橫琴粵澳深度合作區' },
  },
  { id: 'hzmb', kind: 'infrastructure', names: { en: 'Hong Kong-Zhuhai-Macao Bridge', 'zh-Hans': '港珠澳大桥', 'zh-Hant': '港珠澳大橋' } },
]);
const ids = (query: string) => new SnippetSearch(foldForSearch, entries.names).match(bilingualLibrary, query).map((s) => s.id);

describe('searching snippets', () => {
  it('folds case, dashes, full-width forms and Traditional characters alike', () => {
    expect(foldForSearch('港珠澳大橋 — HENGQIN  Ｚｏｎｅ')).toBe('港珠澳大桥 hengqin zone');
    expect(foldForSearch('發展 頭髮 臺灣')).toBe(foldForSearch('发展 头发 台湾'));
  });

  it('finds Chinese without word breaks, in either script', () => {
    expect(ids('合作区')).toEqual(['zh-hans']);
    expect(ids('合作區')).toEqual(['zh-hans']);
    expect(ids('大桥')).toEqual(['zh-hant']);
    expect(ids('大橋')).toEqual(['zh-hant']);
  });

  it('finds English as you type, from part of a word', () => {
    expect(ids('smal')).toEqual(['en-loop']);
    expect(ids('SCIENCE tech')).toEqual(['en-loop']);
    expect(ids('science nothing-like-this')).toEqual([]);
  });

  it('searches notes, tags, titles, sites and the names of mentioned entries', () => {
    expect(ids('compare with')).toEqual(['en-loop']);
    expect(ids('innovation')).toEqual(['en-loop']);
    expect(ids('总体方案')).toEqual(['zh-hans']);
    expect(ids('scmp')).toEqual(['en-loop']);
    expect(ids('Zhuhai-Macao Bridge')).toEqual(['zh-hant']);
  });

  it('matches everything for an empty query, in the order given', () => {
    expect(ids('  ')).toEqual(['zh-hans', 'zh-hant', 'en-loop']);
  });
});

describe('filtering snippets', () => {
  const search = new SnippetSearch(foldForSearch, entries.names);

  it('narrows by entry, tag (any case) and site, together with the search', () => {
    const by = (filter: Parameters<typeof applyFilter>[1]) => applyFilter(bilingualLibrary, filter, search).map((s) => s.id);
    expect(by({ ...NO_FILTER, entry: 'macao' })).toEqual(['zh-hans', 'zh-hant']);
    expect(by({ ...NO_FILTER, tag: 'POLICY' })).toEqual(['zh-hans', 'en-loop']);
    expect(by({ ...NO_FILTER, site: 'news.gov.hk' })).toEqual(['zh-hant']);
    expect(by({ query: '3.89', tag: 'policy' })).toEqual(['en-loop']);
  });

  it('counts each entry, tag and site, most used first', () => {
    const facets = facetsOf(bilingualLibrary);
    expect(facets.entries[0]).toEqual({ value: 'macao', count: 2 });
    expect(facets.tags).toEqual([
      { value: 'policy', count: 2 },
      { value: 'infrastructure', count: 1 },
      { value: 'Innovation', count: 1 },
    ]);
    expect(facets.sites.map((f) => f.value)).toEqual(['gov.cn', 'news.gov.hk', 'scmp.com']);
  });
});
