import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/i18n/languages';
import { placeholdersOf, type Catalogue } from '@/lib/i18n/messages';

const catalogues = Object.fromEntries(
  LANGUAGES.map((language) => [language, JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Catalogue]),
);
const english = catalogues.en!;
const keys = Object.keys(english);
const HAN = /[\u3400-\u9fff]/;
/** Messages that read the same in every language: names and codes. */
const SAME_IN_EVERY_LANGUAGE = new Set(['extName', 'catalogueLanguage', 'sourcePageTitle', 'optionsSiteAddPlaceholder']);
/**
 * Characters Traditional writing uses as they are where OpenCC's converter prefers another
 * form: 游標 (cursor) is the Taiwan Ministry of Education's form, not 遊標; 只 (only) is
 * Traditional too, where the converter reads 隻 (a measure word) in 最多只能.
 */
const TRADITIONAL_AS_WRITTEN = new Set(['游', '只']);

/** Characters of `text` that `convert` would change, ignoring those allowed as written. */
function changed(text: string, convert: (text: string) => string, allowed = new Set<string>()): string[] {
  const converted = [...convert(text)];
  return [...text].filter((char, i) => converted[i] !== char && !allowed.has(char));
}

describe('interface strings', () => {
  it.each(LANGUAGES)('%s has every key English has, and no other', (language) => {
    const theirs = Object.keys(catalogues[language]!);
    expect(
      keys.filter((key) => !theirs.includes(key)),
      'missing',
    ).toEqual([]);
    expect(
      theirs.filter((key) => !keys.includes(key)),
      'unknown',
    ).toEqual([]);
  });

  it.each(LANGUAGES)('%s fills the same placeholders as English in every message', (language) => {
    const differ = keys.filter(
      (key) => placeholdersOf(catalogues[language]![key]?.message ?? '').join() !== placeholdersOf(english[key]!.message).join(),
    );
    expect(differ).toEqual([]);
  });

  it.each(LANGUAGES)('%s names its own folder, so a page can tell which catalogue the browser serves', (language) => {
    expect(catalogues[language]!.catalogueLanguage!.message).toBe(language);
  });

  it('keys follow the browser rule (letters, digits, _) and every count has both forms', () => {
    expect(keys.filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
    const counts = keys.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));
    expect(counts.filter((base) => !keys.includes(`${base}_one`))).toEqual([]);
    expect(keys.filter((key) => key.endsWith('_one') && !keys.includes(key.replace(/_one$/, '_other')))).toEqual([]);
  });

  it('every English message says where it shows, for the editors', () => {
    expect(keys.filter((key) => !english[key]!.description?.trim())).toEqual([]);
  });

  it.each(['zh_CN', 'zh_TW'] as const)('%s is written in Chinese, not left in English', (language) => {
    // Punctuation-only messages (a list separator) have nothing to translate.
    const untranslated = keys.filter((key) => {
      const message = catalogues[language]![key]!.message;
      return !SAME_IN_EVERY_LANGUAGE.has(key) && !HAN.test(message) && /[A-Za-z]{2}/.test(message.replace(/\$\d/g, ''));
    });
    expect(untranslated).toEqual([]);
  });

  it('Simplified messages use Simplified characters, Traditional ones Traditional characters', () => {
    const toSimplified = Converter({ from: 'tw', to: 'cn' });
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const notSimplified = keys.filter((key) => changed(catalogues.zh_CN![key]!.message, toSimplified).length > 0);
    const notTraditional = keys.filter((key) => changed(catalogues.zh_TW![key]!.message, toTraditional, TRADITIONAL_AS_WRITTEN).length > 0);
    expect(notSimplified).toEqual([]);
    expect(notTraditional).toEqual([]);
  });
});
