import { highlightsOn, type Settings } from '@/lib/protocol/settings';

interface Props {
  /** The site of the current tab, or null where Baylens cannot run (browser pages). */
  host: string | null;
  settings: Settings;
  onSite: (enabled: boolean) => void;
  onEverywhere: (enabled: boolean) => void;
  onHoverDelay: (ms: number) => void;
  onOpenPdfs: (enabled: boolean) => void;
}

/** Delays a reader can choose between pointing at a term and its card opening. */
const HOVER_DELAYS = [0, 150, 300, 500, 800, 1200];

/** The two switches a reader needs: this site, and everywhere. */
export function HighlightSwitches({ host, settings, onSite, onEverywhere, onHoverDelay, onOpenPdfs }: Props) {
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
      <label class="switch">
        <input type="checkbox" role="switch" checked={settings.openPdfsInReader} onChange={(e) => onOpenPdfs(e.currentTarget.checked)} />
        <span>Open every PDF in the Baylens reader</span>
      </label>
      <label class="delay">
        <span>Open cards after</span>
        <select value={String(settings.hoverDelayMs)} onChange={(e) => onHoverDelay(Number(e.currentTarget.value))}>
          {[...new Set([...HOVER_DELAYS, settings.hoverDelayMs])].sort((a, b) => a - b).map((ms) => (
            <option key={ms} value={String(ms)}>{ms === 0 ? 'no delay' : `${ms} ms`}</option>
          ))}
        </select>
      </label>
    </section>
  );
}
