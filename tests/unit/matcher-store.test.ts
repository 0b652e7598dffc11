import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packMatcher } from '../../lib/match/build-tables';
import { Matcher } from '../../lib/match/matcher';
import { normalizeAlias } from '../../lib/match/normalize';
import { storeMatcherTables } from '../../lib/store/matcher-tables';
import { MATCHER_BUILD_KEY, MATCHER_TABLES_KEY } from '../../lib/store/page-items';
import { readPageStart } from '../../lib/store/page-start';

/** The tables as a page reads them, with its settings. */
const readMatcherTables = async (build: string) => (await readPageStart(fakeBrowser.storage, build)).tables;

const ALIASES = ['hengqin', 'macao', '横琴'];
const tables = () =>
  packMatcher(
    '',
    ALIASES.map((_, i) => ({ id: `e${i}`, kind: 'place' as const })),
    ALIASES.map((alias, i) => ({ text: normalizeAlias(alias), targets: [i] })),
    [],
  );

describe('the matcher tables kept in extension storage for pages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are read back by a page of the same build and find what the build put in', async () => {
    await storeMatcherTables('build-a', tables());
    const read = await readMatcherTables('build-a');
    expect(read).not.toBeNull();
    const text = 'Hengqin faces Macao; 横琴.';
    expect(new Matcher(read!).findMentions(text).map((m) => text.slice(m.start, m.end))).toEqual(['Hengqin', 'Macao', '横琴']);
  });

  it('are not taken by a page of another build, nor when missing', async () => {
    expect(await readMatcherTables('build-a')).toBeNull();
    await storeMatcherTables('build-a', tables());
    expect(await readMatcherTables('build-b')).toBeNull();
  });

  it('are written once per build: a new build replaces them', async () => {
    await storeMatcherTables('build-a', tables());
    await fakeBrowser.storage.local.set({ [MATCHER_TABLES_KEY]: 'kept' });
    await storeMatcherTables('build-a', tables());
    expect((await fakeBrowser.storage.local.get(MATCHER_TABLES_KEY))[MATCHER_TABLES_KEY]).toBe('kept');
    await storeMatcherTables('build-b', tables());
    expect(await readMatcherTables('build-b')).toEqual(tables());
  });

  it('damaged in storage, read as missing (the page asks the background instead)', async () => {
    await fakeBrowser.storage.local.set({ [MATCHER_BUILD_KEY]: 'build-a', [MATCHER_TABLES_KEY]: '{"simplified": "' });
    expect(await readMatcherTables('build-a')).toBeNull();
    await fakeBrowser.storage.local.set({ [MATCHER_TABLES_KEY]: 42 });
    expect(await readMatcherTables('build-a')).toBeNull();
  });

  it('of a wrong shape, refused by the matcher with a message rather than used', async () => {
    const damaged = { ...tables(), targets: '' };
    await storeMatcherTables('build-c', damaged);
    const read = await readMatcherTables('build-c');
    expect(() => new Matcher(read!)).toThrow(/matcher tables are corrupt/);
  });
});
