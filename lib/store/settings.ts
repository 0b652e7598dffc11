import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../protocol/settings';

/** Highlight settings in extension storage; only the background writes them. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The stored settings, validated: a damaged value falls back to the defaults field by field. */
export async function readSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  return parseSettings(raw);
}

/** Calls back with validated settings whenever they change, in any context. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    callback(parseSettings(value));
  });
}
