import { browserLanguageTag, t } from '@/lib/extension/i18n';
import { LANGUAGE_NAMES, LANGUAGES, languageFor, type LanguageChoice } from '@/lib/i18n/languages';
import type { Settings } from '@/lib/protocol/settings';
import type { Change } from './OptionsPage';

/** The interface language: the browser's, or one of the three chosen here. */
export function LanguageSection({ settings, change }: { settings: Settings; change: Change }) {
  const browserLanguage = LANGUAGE_NAMES[languageFor(browserLanguageTag())];
  return (
    <section id="language" aria-labelledby="language-title">
      <h2 id="language-title">{t('optionsLanguage')}</h2>
      <select
        aria-labelledby="language-title"
        value={settings.language}
        onChange={(e) => void change({ language: e.currentTarget.value as LanguageChoice })}
      >
        <option value="auto">{t('optionsLanguageAuto', browserLanguage)}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language === 'en' ? 'en' : language === 'zh_CN' ? 'zh-Hans' : 'zh-Hant'}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <p class="muted">{t('optionsLanguageHint')}</p>
    </section>
  );
}
