import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { consumeGrant, grantLookup } from '../../entrypoints/background/lookup-grants';
import { history, historyHandlers } from '../../entrypoints/background/history';
import { refusal } from '../../entrypoints/background/router';
import { settingsItem } from '../../lib/store/settings';
import { DEFAULT_SETTINGS } from '../../lib/protocol/settings';

const page = (url: string, extra: object = {}) =>
  ({ id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: 7, url, title: 'A story', incognito: false, ...extra } }) as never;
const extensionPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') }) as never;
const visit = (entries: string[], sender: never) => historyHandlers['history:visit']({ type: 'history:visit', entries }, sender);
const seen = (id: string, sender: never) => historyHandlers['history:entry']({ type: 'history:entry', id }, sender);

describe('what pages may record and read of the history', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    history.forget();
  });

  it('records a visit from a page, under the tab’s address without its fragment', async () => {
    expect(await visit(['hengqin'], page('https://news.example/a#top'))).toEqual({ recorded: true });
    expect(await seen('hengqin', extensionPage())).toMatchObject({
      pages: 1,
      recent: [{ url: 'https://news.example/a', title: 'A story' }],
    });
  });

  it('records nothing from a private window, a frame, a browser page, or with history or the site switched off', async () => {
    expect(await visit(['hengqin'], page('https://news.example/a', { incognito: true }))).toEqual({ recorded: false });
    expect(await visit(['hengqin'], { ...(page('https://news.example/a') as object), frameId: 3 } as never)).toEqual({ recorded: false });
    expect(await visit(['hengqin'], page('chrome://settings/'))).toEqual({ recorded: false });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, history: false });
    expect(await visit(['hengqin'], page('https://news.example/a'))).toEqual({ recorded: false });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    expect(await visit(['hengqin'], page('https://news.example/a'))).toEqual({ recorded: false });
    expect(await seen('hengqin', extensionPage())).toBeNull();
  });

  it('a page learns the history only of an entry its own page named', async () => {
    await visit(['hengqin'], page('https://news.example/a'));
    await visit(['macao'], page('https://news.example/b'));
    expect(await seen('hengqin', page('https://news.example/b'))).toBeNull();
    expect(await seen('macao', page('https://news.example/b'))).toMatchObject({ pages: 1 });
    expect(await seen('macao', page('https://news.example/b', { incognito: true }))).toBeNull();
  });

  it('a web page may not count, clear or change the history or the reader’s terms; it may report, look up and add what the reader looked up', () => {
    const web = page('https://news.example/a');
    for (const type of [
      'history:clear',
      'history:stats',
      'own:list',
      'own:add',
      'own:edit',
      'own:delete',
      'own:restore',
      'snippets:import',
    ] as const) {
      expect(refusal(type, web), type).toBe(`refused: a web page may not send ${type}`);
      expect(refusal(type, extensionPage()), type).toBeNull();
    }
    for (const type of ['history:visit', 'history:entry', 'own:matcher', 'own:card', 'lookup:find', 'own:add-looked-up'] as const)
      expect(refusal(type, web), type).toBeNull();
  });

  it('clearing leaves nothing to show', async () => {
    await visit(['hengqin'], page('https://news.example/a'));
    expect(await seen('hengqin', extensionPage())).toMatchObject({ pages: 1 });
    await historyHandlers['history:clear']({ type: 'history:clear' }, extensionPage());
    expect(await seen('hengqin', extensionPage())).toBeNull();
  });
});

describe('a look-up’s offer to add its text', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds the text the reader looked up, once, and only in that tab', async () => {
    const grant = await grantLookup('Qianhai Fund', 7);
    await expect(consumeGrant(grant, 8)).rejects.toThrow('look the text up again');
    expect(await consumeGrant(grant, 7)).toBe('Qianhai Fund');
    await expect(consumeGrant(grant, 7)).rejects.toThrow('look the text up again');
  });

  it('expires', async () => {
    const grant = await grantLookup('Qianhai Fund', 7, Date.UTC(2026, 11, 2, 8));
    await expect(consumeGrant(grant, 7, Date.UTC(2026, 11, 2, 9))).rejects.toThrow('look the text up again');
  });
});
