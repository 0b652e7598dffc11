import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { snippetFromV1, type SnippetV1 } from '../../lib/snippets/migrations';

/** A library as the first release wrote it: one key, snippets by id, schema version 1. */
const v1Store: Record<string, SnippetV1> = {
  a1: {
    id: 'a1',
    text: '横琴粤澳深度合作区面积约106平方公里',
    url: 'https://www.gov.cn/zhengce/hengqin.html',
    title: '横琴方案',
    savedAt: Date.UTC(2025, 2, 14, 9, 30),
    entities: ['hengqin-cooperation-zone', 'hengqin-cooperation-zone'],
    note: 'Area as stated in the master plan',
    tags: 'policy,  Hengqin , policy',
  },
  b2: {
    id: 'b2',
    text: 'The Loop has only 3.89 square kilometres.',
    url: 'https://www.scmp.com/news/the-loop#part-2',
    title: 'Inside the Loop',
    savedAt: Date.UTC(2025, 3, 1, 18, 0),
    entities: ['hetao-cooperation-zone'],
    note: '',
    tags: '',
  },
};

/** The write the WXT storage item makes when it is defined: imported afresh after the store is installed. */
async function startBackground() {
  vi.resetModules();
  const versions = await import('../../lib/store/snippets-versions');
  const writer = await import('../../lib/store/snippets-writer');
  const store = await import('../../lib/store/snippets');
  await versions.libraryItem.getValue();
  return { writer, store };
}

describe('migrating the snippet library', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a version 1 snippet into the current shape', () => {
    expect(snippetFromV1(v1Store.a1)).toEqual({
      id: 'a1',
      text: '横琴粤澳深度合作区面积约106平方公里',
      context: { before: '', after: '' },
      page: { url: 'https://www.gov.cn/zhengce/hengqin.html', title: '横琴方案' },
      savedAt: '2025-03-14T09:30:00.000Z',
      entries: ['hengqin-cooperation-zone'],
      note: 'Area as stated in the master plan',
      tags: ['policy', 'Hengqin'],
    });
  });

  it('migrates a store written by version 1 intact when the background starts', async () => {
    await fakeBrowser.storage.local.set({ snippets: v1Store, settings: { enabled: true } });
    const { store } = await startBackground();
    const library = await store.readLibrary();
    expect(library.unreadable).toBe(0);
    expect(library.snippets.map((s) => s.id)).toEqual(['b2', 'a1']);
    expect(library.snippets).toEqual([snippetFromV1(v1Store.b2), snippetFromV1(v1Store.a1)]);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored['snippets$']).toEqual({ v: 2 });
    expect(stored.snippets).toEqual({ months: ['2025-03', '2025-04'] });
    expect(stored.settings).toEqual({ enabled: true });
  });

  it('keeps a version 1 item it cannot convert, and counts it', async () => {
    const hostile = { id: 'x', text: 'click me', url: 'javascript:alert(1)', savedAt: 1, tags: '' };
    await fakeBrowser.storage.local.set({ snippets: { ...v1Store, x: hostile }, snippets$: { v: 1 } });
    const { store } = await startBackground();
    const library = await store.readLibrary();
    expect(library.snippets).toHaveLength(2);
    expect(library.unreadable).toBe(1);
    expect((await fakeBrowser.storage.local.get('snippets-0000-00'))['snippets-0000-00']).toEqual([hostile]);
  });

  it('saves into a migrated library without losing the migrated snippets', async () => {
    await fakeBrowser.storage.local.set({ snippets: v1Store });
    const { writer, store } = await startBackground();
    const { sampleSnippet } = await import('../fixtures/snippets-sample');
    await new writer.SnippetWriter().save(sampleSnippet({ savedAt: '2025-03-20T10:00:00.000Z' }));
    expect((await store.readLibrary()).snippets).toHaveLength(3);
  });

  it('leaves a current library alone even if its version mark was lost', async () => {
    const { sampleSnippet } = await import('../fixtures/snippets-sample');
    const snippet = sampleSnippet({ savedAt: '2026-11-02T10:00:00.000Z' });
    await fakeBrowser.storage.local.set({ snippets: { months: ['2026-11'] }, 'snippets-2026-11': [snippet] });
    const { store } = await startBackground();
    expect((await store.readLibrary()).snippets).toEqual([snippet]);
  });

  it('starts a new library at the current version', async () => {
    const { writer } = await startBackground();
    const { sampleSnippet } = await import('../fixtures/snippets-sample');
    await new writer.SnippetWriter().save(sampleSnippet());
    expect((await fakeBrowser.storage.local.get('snippets$'))['snippets$']).toEqual({ v: 2 });
  });
});
