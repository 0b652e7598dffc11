import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLibrary } from '../../lib/store/snippets';
import { SnippetWriter } from '../../lib/store/snippets-writer';
import { sampleSnippet } from '../fixtures/snippets-sample';

describe('the snippet library in extension storage', () => {
  let writer: SnippetWriter;
  beforeEach(() => {
    fakeBrowser.reset();
    writer = new SnippetWriter();
  });

  it('keeps what is saved, newest first', async () => {
    const older = sampleSnippet({ savedAt: '2026-10-01T10:00:00.000Z' });
    const newer = sampleSnippet({ savedAt: '2026-11-01T10:00:00.000Z' });
    await writer.save(older);
    await writer.save(newer);
    const library = await readLibrary();
    expect(library.snippets).toEqual([newer, older]);
    expect(library.unreadable).toBe(0);
  });

  it('lands every save when many arrive at once', async () => {
    const snippets = Array.from({ length: 25 }, () => sampleSnippet({ savedAt: '2026-11-05T10:00:00.000Z' }));
    await Promise.all(snippets.map((s) => writer.save(s)));
    expect((await readLibrary()).snippets.map((s) => s.id).sort()).toEqual(snippets.map((s) => s.id).sort());
  });

  it('does not save the same words from the same page twice', async () => {
    const first = sampleSnippet();
    await writer.save(first);
    const again = await writer.save({ ...first, id: 'another' });
    expect(again).toEqual({ snippet: first, duplicate: true });
    expect((await readLibrary()).snippets).toHaveLength(1);
  });

  it('puts each month on its own shelf, so a save rewrites one month only', async () => {
    await writer.save(sampleSnippet({ savedAt: '2026-09-30T23:00:00.000Z' }));
    await writer.save(sampleSnippet({ savedAt: '2026-11-02T10:00:00.000Z' }));
    const written: string[][] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => written.push(Object.keys(changes)));
    await writer.save(sampleSnippet({ savedAt: '2026-11-03T10:00:00.000Z' }));
    expect(written.flat()).toEqual(['snippets-2026-11']);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.snippets).toEqual({ months: ['2026-09', '2026-11'] });
  });

  it('changes a note and tags, and marks when', async () => {
    const snippet = sampleSnippet();
    await writer.save(snippet);
    const now = new Date('2026-11-22T12:00:00.000Z');
    const edited = await writer.edit({ id: snippet.id, savedAt: snippet.savedAt }, { note: 'Check the area', tags: ['hengqin'] }, now);
    expect(edited).toEqual({ ...snippet, note: 'Check the area', tags: ['hengqin'], editedAt: now.toISOString() });
    expect((await readLibrary()).snippets).toEqual([edited]);
  });

  it('finds a snippet to edit even without knowing when it was saved', async () => {
    const snippet = sampleSnippet();
    await writer.save(snippet);
    const edited = await writer.edit({ id: snippet.id }, { note: 'found' }, new Date());
    expect(edited.note).toBe('found');
    await expect(writer.edit({ id: 'gone' }, { note: 'x' }, new Date())).rejects.toThrow(/no longer in the library/);
  });

  it('gives deleted snippets back for an undo that restores them exactly', async () => {
    const keep = sampleSnippet({ savedAt: '2026-11-02T10:00:00.000Z' });
    const drop = sampleSnippet({ savedAt: '2026-10-02T10:00:00.000Z', note: 'a note', tags: ['a'] });
    await writer.save(keep);
    await writer.save(drop);
    const removed = await writer.remove([{ id: drop.id, savedAt: drop.savedAt }]);
    expect(removed).toEqual([drop]);
    expect((await readLibrary()).snippets).toEqual([keep]);
    expect((await fakeBrowser.storage.local.get(null)).snippets).toEqual({ months: ['2026-11'] });
    expect(await writer.restore(removed)).toBe(1);
    expect((await readLibrary()).snippets).toEqual([keep, drop]);
    expect(await writer.restore(removed)).toBe(0);
  });

  it('merges an import without duplicates, the newer edit winning', async () => {
    const mine = sampleSnippet({ note: 'old note' });
    const other = sampleSnippet();
    await writer.save(mine);
    await writer.save(other);
    const result = await writer.merge([
      { ...mine, note: 'newer note', editedAt: '2027-01-01T00:00:00.000Z' },
      { ...other, id: 'copy-of-other' },
      other,
      sampleSnippet({ id: 'brand-new' }),
    ]);
    expect(result).toEqual({ added: 1, updated: 1, unchanged: 2 });
    const library = (await readLibrary()).snippets;
    expect(library).toHaveLength(3);
    expect(library.find((s) => s.id === mine.id)?.note).toBe('newer note');
  });

  it('keeps a damaged stored item as it was, counts it, and still writes around it', async () => {
    const good = sampleSnippet({ savedAt: '2026-11-02T10:00:00.000Z' });
    const damaged = { id: 'broken', text: 42 };
    await fakeBrowser.storage.local.set({ snippets: { months: ['2026-11'] }, snippets$: { v: 2 }, 'snippets-2026-11': [damaged, good] });
    writer = new SnippetWriter();
    expect(await readLibrary()).toEqual({ snippets: [good], unreadable: 1 });
    await writer.save(sampleSnippet({ savedAt: '2026-11-03T10:00:00.000Z' }));
    expect((await fakeBrowser.storage.local.get('snippets-2026-11'))['snippets-2026-11']).toContainEqual(damaged);
    expect((await readLibrary()).unreadable).toBe(1);
  });
});

describe('the write queue', () => {
  it('runs writes one after another, and keeps going after one fails', async () => {
    const { WriteQueue } = await import('../../lib/snippets/queue');
    const queue = new WriteQueue();
    const order: string[] = [];
    const slow = queue.run(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('slow');
    });
    const failing = queue.run(async () => {
      order.push('failing');
      throw new Error('disk full');
    });
    const fast = queue.run(async () => order.push('fast'));
    await expect(failing).rejects.toThrow('disk full');
    await Promise.all([slow, fast]);
    expect(order).toEqual(['slow', 'failing', 'fast']);
  });
});
