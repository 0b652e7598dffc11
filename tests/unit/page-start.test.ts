import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packMatcher } from '../../lib/match/build-tables';
import { normalizeAlias } from '../../lib/match/normalize';
import { DEFAULT_SETTINGS } from '../../lib/protocol/settings';
import { beginEarlyStart, takePageStart } from '../../lib/store/early-start';
import { storeMatcherTables } from '../../lib/store/matcher-tables';

const tables = () => packMatcher('', [{ id: 'hengqin', kind: 'place' as const }], [{ text: normalizeAlias('Hengqin'), targets: [0] }], []);

const storedSettings = (hoverDelayMs: number) => ({ ...DEFAULT_SETTINGS, hoverDelayMs });

/** Storage as the background leaves it: this build's tables, and settings with this hover delay. */
async function storeStart(hoverDelayMs: number): Promise<void> {
  await storeMatcherTables('build-a', tables());
  await fakeBrowser.storage.local.set({ settings: storedSettings(hoverDelayMs) });
}

describe('what a page starts from: settings, tables and own terms in one storage read', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('is read at once when no early read was begun (a frame, or a page open before install)', async () => {
    await storeStart(500);
    await fakeBrowser.storage.local.set({ ownTerms: { terms: [{ text: 'Nansha' }] } });
    const start = await takePageStart(fakeBrowser.storage, 'build-a');
    expect(start.settings.hoverDelayMs).toBe(500);
    expect(start.tables).toEqual(tables());
    expect(start.ownTerms).toBe(true);
  });

  it('comes from the early read, in one storage read, when nothing changed since it began', async () => {
    await storeStart(450);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    beginEarlyStart(fakeBrowser.storage, 'build-a');
    const start = await takePageStart(fakeBrowser.storage, 'build-a');
    expect(get).toHaveBeenCalledTimes(1);
    expect(start.settings.hoverDelayMs).toBe(450);
    expect(start.tables).toEqual(tables());
    expect(start.ownTerms).toBe(false);
  });

  it('is read again when the settings changed after the early read began: the page starts from the newest', async () => {
    await storeStart(450);
    beginEarlyStart(fakeBrowser.storage, 'build-a');
    await fakeBrowser.storage.local.set({ settings: storedSettings(900) });
    expect((await takePageStart(fakeBrowser.storage, 'build-a')).settings.hoverDelayMs).toBe(900);
  });

  it('is read again when the early read was of another build; tables of another build are not taken', async () => {
    await storeMatcherTables('build-a', tables());
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    beginEarlyStart(fakeBrowser.storage, 'build-b');
    const start = await takePageStart(fakeBrowser.storage, 'build-a');
    expect(get).toHaveBeenCalledTimes(2);
    expect(start.tables).toEqual(tables());
    expect((await takePageStart(fakeBrowser.storage, 'build-c')).tables).toBeNull();
  });

  it('is taken once: a second take reads storage again', async () => {
    await fakeBrowser.storage.local.set({ settings: storedSettings(450) });
    beginEarlyStart(fakeBrowser.storage, 'build-a');
    await takePageStart(fakeBrowser.storage, 'build-a');
    await fakeBrowser.storage.local.set({ settings: storedSettings(700) });
    expect((await takePageStart(fakeBrowser.storage, 'build-a')).settings.hoverDelayMs).toBe(700);
  });

  it('with damaged settings in storage, starts from the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { hoverDelayMs: 'soon' } });
    beginEarlyStart(fakeBrowser.storage, 'build-a');
    expect((await takePageStart(fakeBrowser.storage, 'build-a')).settings).toEqual(DEFAULT_SETTINGS);
  });
});
