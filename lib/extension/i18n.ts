/**
 * The interface's strings: `t('key')` everywhere a person reads text.
 *
 * How to add a string:
 *   1. Add the key to `public/_locales/en/messages.json` with its English `message` and a
 *      `description` that tells the editor where it shows and what `$1`, `$2` stand for.
 *   2. Add the same key to `public/_locales/zh_CN/messages.json` (简体) and
 *      `public/_locales/zh_TW/messages.json` (繁體), each written for its readers
 *      (Mainland and Hong Kong/Taiwan usage, not a character-by-character conversion).
 *   3. Use it: `t('key')`, `t('key', value)` for `$1`; a count is `tn('key', n)` with the keys
 *      `key_one` and `key_other` (both present in every language; Chinese writes them alike).
 *   The unit test tests/unit/locales.test.ts fails when a key or a placeholder is missing in any
 *   language. Keys use letters, digits and `_` only (the browser's rule).
 *
 * The browser's own `i18n.getMessage` follows the browser's language and reads nothing over the
 * network (its first call in a page loads the catalogue: 10–15 ms, which the content script
 * leaves until a card needs it), so that is what a page uses unless the reader chose another
 * language in the options: then
 * `applyLanguage` reads that language's catalogue once, and `t` reads from it. An extension
 * page calls `await startInterface()` (lib/extension/interface-language.ts) before it renders.
 */
import type english from '@/public/_locales/en/messages.json';
import { fillMessage, type Catalogue } from '../i18n/messages';
import { LANGUAGES, LANGUAGE_TAGS, resolveLanguage, type Language, type LanguageChoice } from '../i18n/languages';
import { worldSlot } from './world-slot';

export type MessageKey = keyof typeof english;
/** Keys that come in `_one` / `_other` pairs, for `tn`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/**
 * The context's language: which catalogue `t` reads, if not the browser's. Kept on the context's
 * global object, not in this module, so that every script of one context shares it: the card's
 * script, which a page loads at its first hover, speaks the language the content script applied.
 * A content script's global object is its own isolated world's, which the page cannot see.
 */
interface LanguageState {
  catalogue: Catalogue | null;
  current: Language | null;
  /** The catalogue the browser serves (see servedLanguage). */
  served: string | null;
}
const languageSlot = worldSlot<LanguageState>('__baylensLanguage');
const state = languageSlot.get() ?? languageSlot.set({ catalogue: null, current: null, served: null });

/** The browser's interface language, as the browser reports it. */
export function browserLanguageTag(): string {
  return browser.i18n.getUILanguage();
}

/** The interface string for `key`, with `$1`… filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  if (state.catalogue) {
    const entry = state.catalogue[key];
    if (entry) return fillMessage(entry.message, subs);
  }
  return browser.i18n.getMessage(key, subs) || key;
}

/**
 * One formatter per language and kind, made on first use: making one loads the language's
 * locale data (a millisecond or more each time), formatting with it costs next to nothing.
 */
const formatters = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>();

export function formatter<T extends Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) formatters.set(key, (made = make()));
  return made;
}

/** A count with its noun: `tn('entries', 3)` reads "3 entries" in English, "3 个条目" in Chinese. */
export function tn(key: PluralKey, count: number, ...more: Array<string | number>): string {
  const tag = languageTag();
  const plural = formatter(`plural ${tag}`, () => new Intl.PluralRules(tag));
  const number = formatter(`number ${tag}`, () => new Intl.NumberFormat(tag));
  return t(`${key}_${plural.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, number.format(count), ...more);
}

/** The language the interface is in now. */
export function currentLanguage(): Language {
  if (state.current) return state.current;
  const served = servedLanguage();
  return (LANGUAGES as readonly string[]).includes(served) ? (served as Language) : 'en';
}

/** The BCP 47 tag of the interface language (`en`, `zh-Hans`, `zh-Hant`). */
export function languageTag(): string {
  return LANGUAGE_TAGS[currentLanguage()];
}

/**
 * The catalogue the browser itself serves: each names its own folder in `catalogueLanguage`.
 * It can differ from `languageFor(browserLanguageTag())`: a zh-SG browser finds no `zh_SG` or
 * `zh` folder and gets English.
 */
function servedLanguage(): string {
  // The browser serves one catalogue for the life of the page: asked once.
  return (state.served ??= browser.i18n.getMessage('catalogueLanguage'));
}

/** Reads a language's catalogue from the extension's own files (never the network). */
export async function readCatalogue(language: Language): Promise<Catalogue> {
  const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`));
  return (await response.json()) as Catalogue;
}

export interface ApplyOptions {
  /** How to read another language's catalogue; the content script asks the background. */
  load?: (language: Language) => Promise<Catalogue>;
  /** The document whose `lang` follows the language; null in the background and on web pages. */
  doc?: Document | null;
}

/**
 * Switches this context's strings to the reader's choice; with `auto`, or when the choice is
 * the browser's own language, the browser's messages serve and nothing is read. Sets the
 * document's `lang`, so screen readers and fonts follow.
 */
export async function applyLanguage(choice: LanguageChoice, { load = readCatalogue, doc = null }: ApplyOptions = {}): Promise<Language> {
  const language = resolveLanguage(choice, browserLanguageTag());
  if (language !== state.current) {
    state.catalogue = language === servedLanguage() ? null : await load(language);
    state.current = language;
  }
  if (doc) doc.documentElement.lang = LANGUAGE_TAGS[language];
  return language;
}
