import { describe, expect, it } from 'vitest';
import { languageFor, resolveLanguage } from '@/lib/i18n/languages';
import { fillMessage } from '@/lib/i18n/messages';

describe('interface language', () => {
  it.each([
    ['zh-CN', 'zh_CN'],
    ['zh-SG', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['zh-Hans-HK', 'zh_CN'],
    ['zh-TW', 'zh_TW'],
    ['zh-HK', 'zh_TW'],
    ['zh_MO', 'zh_TW'],
    ['zh-Hant', 'zh_TW'],
    ['en-US', 'en'],
    ['pt-PT', 'en'],
    ['', 'en'],
  ])('a browser in %s reads %s', (tag, language) => {
    expect(languageFor(tag)).toBe(language);
  });

  it('the reader’s choice wins over the browser’s language', () => {
    expect(resolveLanguage('zh_TW', 'en-GB')).toBe('zh_TW');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveLanguage('auto', 'zh-HK')).toBe('zh_TW');
  });

  it('fills $1…$9 and $$ as the browser does', () => {
    expect(fillMessage('$1 of $2', ['2', '5'])).toBe('2 of 5');
    expect(fillMessage('第 $2 项，共 $1 项', ['5', '2'])).toBe('第 2 项，共 5 项');
    expect(fillMessage('US$$$1', ['9'])).toBe('US$9');
    expect(fillMessage('$1 and $2', ['a'])).toBe('a and ');
  });
});
