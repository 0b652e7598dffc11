/**
 * The interface languages, named as their `_locales/` folders are, and how a browser's language
 * maps to one of them. Pure: the browser's language is passed in.
 */
export const LANGUAGES = ['en', 'zh_CN', 'zh_TW'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the reader picked in the options: a language, or whatever the browser speaks. */
export type LanguageChoice = Language | 'auto';

/** The BCP 47 tag of each language, for `lang` attributes and `Intl`. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en', zh_CN: 'zh-Hans', zh_TW: 'zh-Hant' };

/** Each language's name in its own script: the language list reads the same in every language. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh_CN: '简体中文', zh_TW: '繁體中文' };

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The interface language for a browser language tag: Chinese of Taiwan, Hong Kong and Macao (or
 * marked Traditional) reads Traditional, other Chinese reads Simplified, anything else English.
 */
export function languageFor(tag: string): Language {
  const parts = tag.toLowerCase().split(/[-_]/);
  if (parts[0] !== 'zh') return 'en';
  if (parts.includes('hant')) return 'zh_TW';
  if (parts.includes('hans')) return 'zh_CN';
  return parts.some((part) => TRADITIONAL_REGIONS.has(part)) ? 'zh_TW' : 'zh_CN';
}

/** The language to show: the reader's choice, else the browser's. */
export function resolveLanguage(choice: LanguageChoice, browserTag: string): Language {
  return choice === 'auto' ? languageFor(browserTag) : choice;
}
