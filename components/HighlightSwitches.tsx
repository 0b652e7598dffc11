import { useEffect, useState } from 'preact/hooks';
import { highlightsOn, type Settings } from '@/lib/protocol/settings';

interface Props {
  /** The site of the current tab, or null where Baylens cannot run (browser pages). */
  host: string | null;
  settings: Settings;
  onSite: (enabled: boolean) => void;
  onEverywhere: (enabled: boolean) => void;
}

/** The two switches a reader needs: this site, and everywhere. */
export function HighlightSwitches({ host, settings, onSite, onEverywhere }: Props) {
  const siteOn = host !== null && !settings.disabledSites.includes(host);
  return (
    <section class="switches" aria-label="Highlighting">
      {host !== null && (
        <label class="switch">
          <input type="checkbox" role="switch" checked={siteOn} disabled={!settings.enabled} onChange={(e) => onSite(e.currentTarget.checked)} />
          <span>
            Highlight on <strong>{host || 'local files'}</strong>
          </span>
        </label>
      )}
      <label class="switch">
        <input type="checkbox" role="switch" checked={settings.enabled} onChange={(e) => onEverywhere(e.currentTarget.checked)} />
        <span>Highlight on every site</span>
      </label>
      {host !== null && !highlightsOn(settings, host) && <p class="muted">Highlights are off on this page.</p>}
    </section>
  );
}

/** Settings kept in step with storage, so every open popup or panel shows the same state. */
export function useSettings(read: () => Promise<Settings>, watch: (cb: (s: Settings) => void) => () => void): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void read().then(setSettings);
    return watch(setSettings);
  }, []);
  return settings;
}
