import { highlightsOn, type Settings } from '@/lib/protocol/settings';
import { t } from '@/lib/extension/i18n';

interface Props {
  /** The site of the current tab, or null where Baylens cannot run (browser pages). */
  host: string | null;
  settings: Settings;
  onSite: (enabled: boolean) => void;
  onEverywhere: (enabled: boolean) => void;
  /** Opens the options page at a section (`hover-delay`, or the top). */
  onOptions: (section?: string) => void;
}

/** The two switches a reader needs: this site, and everywhere. */
export function HighlightSwitches({ host, settings, onSite, onEverywhere, onOptions }: Props) {
  const siteOn = host !== null && !settings.disabledSites.includes(host);
  return (
    <section class="switches" aria-label={t('switchesLabel')}>
      {host !== null && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn}
            disabled={!settings.enabled}
            onChange={(e) => onSite(e.currentTarget.checked)}
          />
          <span>{t('switchSite', host || t('switchLocalFiles'))}</span>
        </label>
      )}
      <label class="switch">
        <input type="checkbox" role="switch" checked={settings.enabled} onChange={(e) => onEverywhere(e.currentTarget.checked)} />
        <span>{t('switchEverywhere')}</span>
      </label>
      {host !== null && !highlightsOn(settings, host) && <p class="muted">{t('switchesOffHere')}</p>}
      <p class="switch-links">
        <button type="button" class="link" onClick={() => onOptions('hover-delay')}>
          {settings.hoverDelayMs === 0 ? t('hoverDelayShortcutNone') : t('hoverDelayShortcut', t('delayMs', settings.hoverDelayMs))}
        </button>
        {' · '}
        <button type="button" class="link" onClick={() => onOptions()}>
          {t('popupSettings')}
        </button>
      </p>
    </section>
  );
}
