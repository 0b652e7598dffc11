import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/kb/build';
import { Matcher } from '../../lib/match/matcher';
import { TextFolder } from '../../lib/search/fold';
import { KnowledgeSearch } from '../../lib/search/knowledge-search';
import type { SearchResults } from '../../lib/search/types';
import type { Marked } from '../../lib/search/marks';
import { EXACT, PREFIX } from '../../lib/search/rank';
import { simplifiedPairs } from '../../lib/kb/build/script-pairs';

const { index } = buildIndex();
const folder = new TextFolder(simplifiedPairs());
const matcher = new Matcher(index.matcher);
const search = new KnowledgeSearch(index, folder, matcher);
const entry = (id: string) => index.entries.find((e) => e.id === id)!;
const words = (m: Marked) => m.marks.map(([s, e]) => m.text.slice(s, e));
const ids = (r: SearchResults) => r.entries.map((e) => e.id);

describe('search over the index', () => {
  it('puts the entry a whole name belongs to first, with the name marked', () => {
    const top = search.search('Hengqin').entries[0]!;
    expect(top.id).toBe('hengqin');
    expect(top.score).toBe(EXACT);
    expect(words(top.name)).toEqual(['Hengqin']);
  });

  it('finds entries as the reader types, before the word is complete', () => {
    for (const prefix of ['he', 'heng', 'hengq', 'hengqi']) {
      expect(ids(search.search(prefix)), prefix).toContain('hengqin');
    }
    expect(words(search.search('hengq').entries[0]!.name)).toEqual(['Hengq']);
  });

  it('ranks the exact name, then names that begin with the query, then the rest', () => {
    const { entries } = search.search('hong kong');
    expect(entries[0]!.id).toBe('hong-kong');
    const scores = entries.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(entries.filter((e) => e.score === PREFIX).length).toBeGreaterThan(1);
  });

  it('finds an entry by an alias and shows the alias that answered', () => {
    const hit = search.search('HZMB').entries[0]!;
    expect(hit.id).toBe('hzmb');
    expect(words(hit.detail)).toEqual(['HZMB']);
  });

  it('finds the same entries for Simplified and Traditional input, and shows the script typed', () => {
    const simplified = search.search('横琴');
    const traditional = search.search('橫琴');
    expect(ids(traditional)).toEqual(ids(simplified));
    expect(simplified.entries[0]!.id).toBe('hengqin');
    expect(simplified.entries[0]!.detail.text).toBe(entry('hengqin').names['zh-Hans']);
    expect(traditional.entries[0]!.detail.text).toBe(entry('hengqin').names['zh-Hant']);
    expect(words(traditional.entries[0]!.detail)).toEqual(['橫琴']);
  });

  it('finds Chinese words inside longer Chinese names, with no spaces to go by', () => {
    const hit = search.search('深度合作').entries.find((e) => e.id === 'hengqin-cooperation-zone');
    expect(hit).toBeDefined();
    expect(words(hit!.detail)).toEqual(['深度合作']);
  });

  it('finds the source passages that contain the words, with the words marked', () => {
    const { passages } = search.search('wealth management');
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages.filter((x) => x.via === null)) {
      expect(words(p.excerpt).map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['wealth', 'management']));
      const source = index.sources.find((s) => s.id === p.source)!;
      expect(source.passages.some((x) => x.id === p.passage)).toBe(true);
    }
  });

  it('answers a Chinese query with the passages that name the entries it found', () => {
    // The council is quoted in English sources only: a Traditional query reaches them through its entry.
    const { passages } = search.search('中國國際貿易促進委員會');
    const linked = passages.find((p) => p.via === 'ccpit');
    expect(linked).toBeDefined();
    const names = [entry('ccpit').names.en, ...entry('ccpit').aliases].map((n) => n.toLowerCase());
    for (const w of words(linked!.excerpt)) expect(names).toContain(w.toLowerCase().replace(/\s+/g, ' '));
  });

  it('gives marks that lie inside their text, in order and apart', () => {
    for (const query of ['macao', '澳门', 'cooperation zone', 'gaming', '106']) {
      const r = search.search(query);
      for (const m of [...r.entries.flatMap((e) => [e.name, e.detail]), ...r.passages.map((p) => p.excerpt)]) {
        let last = 0;
        for (const [s, e] of m.marks) {
          expect(s).toBeGreaterThanOrEqual(last);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(m.text.length);
          last = e;
        }
      }
    }
  });

  it('offers the nearest results, said to be near, when nothing has every word', () => {
    const r = search.search('hengqin xylophone');
    expect(r.close).toBe(true);
    expect(ids(r)).toContain('hengqin');
    expect(search.search('hengqin').close).toBe(false);
  });

  it('answers the same when its index was built a piece at a time, in idle moments', () => {
    const sliced = new KnowledgeSearch(index, folder, matcher);
    let pieces = 1;
    while (!sliced.indexSome(() => true)) pieces++;
    expect(pieces).toBe(index.entries.length + index.sources.reduce((n, s) => n + s.passages.length, 0));
    for (const query of ['hengqin', '橫琴', 'wealth management']) expect(sliced.search(query)).toEqual(search.search(query));
  });

  it('finishes its index before the first search if idle time has not', () => {
    const early = new KnowledgeSearch(index, folder, matcher);
    early.indexSome(() => true);
    const passages = early.search('gaming').passages;
    expect(passages.length).toBeGreaterThan(0);
    expect(passages).toEqual(search.search('gaming').passages);
  });

  it('returns nothing for an empty query or one with no words', () => {
    expect(search.search('  ').entries).toEqual([]);
    expect(search.search('—,.').passages).toEqual([]);
  });
});
