import { applyLanguage } from './i18n';
import { readSettings, watchSettings } from '../store/settings';

/**
 * Puts an extension page in the reader's language before its first render, and calls
 * `rerender` when the reader picks another one, so open pages follow at once.
 */
export async function startInterface(rerender?: () => void): Promise<void> {
  const settings = await readSettings();
  let chosen = settings.language;
  await applyLanguage(chosen, { doc: document });
  if (!rerender) return;
  watchSettings((next) => {
    if (next.language === chosen) return;
    chosen = next.language;
    void applyLanguage(chosen, { doc: document }).then(rerender);
  });
}
