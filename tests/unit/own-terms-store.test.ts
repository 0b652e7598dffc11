import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NameFolder } from '../../lib/own-terms/fold';
import { OwnTermError } from '../../lib/own-terms/problems';
import { readOwnTerms } from '../../lib/store/own-terms';
import { OwnTermsWriter } from '../../lib/store/own-terms-writer';
import { ownTerm, PAIRS } from '../fixtures/own-terms';

const now = new Date('2026-12-02T08:00:00.000Z');
const input = (names: string[]) => ({ names, kind: 'organisation' as const, note: '', links: [] });

describe('own terms in extension storage', () => {
  let writer: OwnTermsWriter;
  let n = 0;
  beforeEach(() => {
    fakeBrowser.reset();
    writer = new OwnTermsWriter(new NameFolder(PAIRS), () => `own-t${++n}`);
  });

  it('keeps what is added and edited, with its times', async () => {
    const added = await writer.add(input(['Qianhai Fund', '前海基金']), now);
    const later = new Date('2026-12-03T08:00:00.000Z');
    await writer.edit(added.id, { ...input(['Qianhai Fund']), note: 'Seed money for start-ups' }, later);
    expect((await readOwnTerms()).terms).toEqual([
      {
        id: added.id,
        names: ['Qianhai Fund'],
        kind: 'organisation',
        note: 'Seed money for start-ups',
        links: [],
        createdAt: now.toISOString(),
        editedAt: later.toISOString(),
      },
    ]);
  });

  it('refuses bad input with its reason and changes nothing already saved', async () => {
    await writer.add(input(['Qianhai Fund']), now);
    const before = await fakeBrowser.storage.local.get(null);
    for (const names of [[''], ['x'.repeat(201)], ['?!'], ['q'], ['QIANHAI FUND']]) {
      await expect(writer.add(input(names), now)).rejects.toBeInstanceOf(OwnTermError);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('lands every add when many arrive at once', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => writer.add(input([`Term number ${i}`]), now)));
    expect((await readOwnTerms()).terms).toHaveLength(20);
  });

  it('keeps a damaged stored term untouched beside the readable ones', async () => {
    const damaged = { id: 'own-broken', names: [''] };
    await fakeBrowser.storage.local.set({ ownTerms: { terms: [ownTerm(['Lingnan Data Lab']), damaged] } });
    await writer.add(input(['Qianhai Fund']), now);
    const stored = (await fakeBrowser.storage.local.get('ownTerms')).ownTerms as { terms: unknown[] };
    expect(stored.terms).toContainEqual(damaged);
    const read = await readOwnTerms();
    expect(read.terms.map((t) => t.names[0])).toEqual(['Lingnan Data Lab', 'Qianhai Fund']);
    expect(read.unreadable).toEqual([damaged]);
  });

  it('gives a deleted term back for an undo, as it was', async () => {
    const added = await writer.add(input(['Qianhai Fund']), now);
    const removed = await writer.remove(added.id);
    expect((await readOwnTerms()).terms).toEqual([]);
    await writer.restore(removed!);
    expect((await readOwnTerms()).terms).toEqual([added]);
  });

  it('an import that clashes changes nothing', async () => {
    await writer.add(input(['Qianhai Fund']), now);
    const before = await fakeBrowser.storage.local.get(null);
    await expect(writer.merge([ownTerm(['Lingnan Data Lab']), ownTerm(['qianhai fund'], { id: 'own-other' })])).rejects.toThrow(
      'is already a name of your term',
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
