import { useState } from 'preact/hooks';
import { t } from '@/lib/extension/i18n';
import type { Settings } from '@/lib/protocol/settings';
import { siteFromInput } from '@/lib/settings/sites';
import type { Change } from './OptionsPage';

/** Highlighting everywhere, and the sites where it is off: remove one, or add one by name or address. */
export function SitesSection({ settings, change }: { settings: Settings; change: Change }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const add = () => {
    const site = siteFromInput(typed);
    if (!site) return setError(t('optionsSiteInvalid', typed.trim()));
    if (settings.disabledSites.includes(site)) return setError(t('optionsSiteAlready', site));
    setError('');
    setTyped('');
    void change({ disabledSites: [...settings.disabledSites, site].sort() });
  };
  return (
    <section id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSites')}</h2>
      <label class="choice">
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(e) => void change({ enabled: e.currentTarget.checked })}
        />
        {t('switchEverywhere')}
      </label>
      <h3 id="sites-off-title">{t('optionsSitesOff')}</h3>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">{t('optionsSitesNone')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="sites-off-title">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('optionsSiteRemove', site)}
                onClick={() => void change({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              >
                {t('optionsSiteRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="site-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label for="site-input">{t('optionsSiteAdd')}</label>
        <input
          id="site-input"
          type="text"
          value={typed}
          placeholder={t('optionsSiteAddPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit">{t('optionsSiteAddButton')}</button>
      </form>
      {error && (
        <p id="site-error" role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
