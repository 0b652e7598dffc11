import { applyLanguage } from './i18n';
import { readSettings, watchSettings } from '../store/settings';
import type { Settings } from '../protocol/settings';
import { kindColours } from '../settings/palette';

/** Dots and badges of each kind take the reader's colours (theme.css reads `--kind-<kind>`). */
function showKindColours(settings: Settings): void {
  for (const [kind, colour] of Object.entries(kindColours(settings.palette, settings.colours))) {
    document.documentElement.style.setProperty(`--kind-${kind}`, colour);
  }
}

/**
 * Puts an extension page in the reader's language before its first render, and calls
 * `rerender` when the reader picks another one, so open pages follow at once.
 */
export async function startInterface(rerender?: () => void): Promise<void> {
  const settings = await readSettings();
  let chosen = settings.language;
  await applyLanguage(chosen, { doc: document });
  showKindColours(settings);
  watchSettings((next) => {
    showKindColours(next);
    if (next.language === chosen || !rerender) return;
    chosen = next.language;
    void applyLanguage(chosen, { doc: document }).then(rerender);
  });
}
