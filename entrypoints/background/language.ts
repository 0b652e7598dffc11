import { applyLanguage, currentLanguage } from '@/lib/extension/i18n';
import type { Language } from '@/lib/i18n/languages';
import { readSettings, watchSettings } from '@/lib/store/settings';

let ready: Promise<Language> | null = null;
const listeners: Array<() => void> = [];

/**
 * The background speaks the reader's language too (menus, toolbar tooltips, names in cards):
 * resolves once it is applied; `onLanguage` callbacks run each time the reader changes it.
 */
export function readerLanguage(): Promise<Language> {
  ready ??= readSettings().then(async (settings) => {
    let chosen = settings.language;
    await applyLanguage(chosen);
    watchSettings((next) => {
      if (next.language === chosen) return;
      chosen = next.language;
      ready = applyLanguage(chosen).then((language) => {
        for (const listener of listeners) listener();
        return language;
      });
    });
    return currentLanguage();
  });
  return ready;
}

export function onLanguage(listener: () => void): void {
  listeners.push(listener);
}
