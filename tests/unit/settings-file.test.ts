import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/lib/protocol/settings';
import { readSettingsFile, settingsFile } from '@/lib/settings/file';
import { siteFromInput } from '@/lib/settings/sites';

const chosen: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  disabledSites: ['news.example.com'],
  hoverDelayMs: 800,
  language: 'zh_TW',
  palette: 'high-contrast',
  colours: { zone: '#123456' },
  hiddenKinds: ['event'],
  style: 'background',
  figureChecks: false,
};
const file = (settings: unknown, extra: object = {}) => JSON.stringify({ format: 'baylens-settings', version: 1, settings, ...extra });

describe('the settings file', () => {
  it('an export reads back as the same settings', () => {
    expect(readSettingsFile(settingsFile(chosen, new Date('2026-12-01T00:00:00Z')))).toEqual({ ok: true, settings: chosen });
  });

  it('settings a file leaves out take their defaults', () => {
    expect(readSettingsFile(file({ style: 'background' }))).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, style: 'background' } });
  });

  it.each([
    ['not JSON', '{"format": ', { code: 'not-json' }],
    ['a snippets export', JSON.stringify({ format: 'baylens-snippets', version: 2, snippets: [] }), { code: 'not-settings' }],
    ['no version', JSON.stringify({ format: 'baylens-settings', settings: {} }), { code: 'no-version' }],
    ['a newer version', JSON.stringify({ format: 'baylens-settings', version: 2, settings: {} }), { code: 'newer', version: 2 }],
    ['no settings', JSON.stringify({ format: 'baylens-settings', version: 1, settings: [] }), { code: 'no-settings' }],
    ['an unknown setting', file({ theme: 'dark' }), { code: 'unknown', name: 'theme' }],
    ['a colour that is not #rrggbb', file({ colours: { place: 'red' } }), { code: 'bad', setting: 'colours' }],
    ['a colour for an unknown kind', file({ colours: { planet: '#123456' } }), { code: 'bad', setting: 'colours' }],
    ['a negative delay', file({ hoverDelayMs: -1 }), { code: 'bad', setting: 'hoverDelayMs' }],
    ['an unknown language', file({ language: 'fr' }), { code: 'bad', setting: 'language' }],
    ['markup for a site', file({ disabledSites: ['<img src=x>'] }), { code: 'bad', setting: 'disabledSites' }],
    ['an unknown kind to hide', file({ hiddenKinds: ['planet'] }), { code: 'bad', setting: 'hiddenKinds' }],
  ])('refuses %s, whole', (_, text, problem) => {
    expect(readSettingsFile(text)).toEqual({ ok: false, problem });
  });

  it('refuses a file far larger than settings are', () => {
    expect(readSettingsFile('{}', 2 * 1024 * 1024)).toEqual({ ok: false, problem: { code: 'too-large' } });
  });
});

describe('stored settings read by the page', () => {
  it('a damaged field falls back to its default, the rest are kept', () => {
    const stored = {
      ...chosen,
      colours: { zone: 'url(javascript:1)', place: '#abcdef' },
      hiddenKinds: ['event', 'planet'],
      style: 'blink',
    };
    expect(parseSettings(stored)).toEqual({ ...chosen, colours: { place: '#abcdef' }, hiddenKinds: ['event'], style: 'underline' });
  });
});

describe('a site typed into the settings', () => {
  it.each([
    ['news.example.com', 'news.example.com'],
    ['  News.Example.com ', 'news.example.com'],
    ['https://www.scmp.com/news/hong-kong?x=1', 'www.scmp.com'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s is the site %s', (typed, site) => {
    expect(siteFromInput(typed)).toBe(site);
  });

  it.each(['', 'not a site', 'example', 'javascript:alert(1)', 'http://'])('%j is no site', (typed) => {
    expect(siteFromInput(typed)).toBeNull();
  });
});
