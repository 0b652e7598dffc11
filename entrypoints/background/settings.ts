import type { Handlers } from './router';
import { readSettings, settingsItem } from '@/lib/store/settings';

/** Settings requests: the background is their only writer, so changes never race. */
export const settingsHandlers: Handlers<'settings:get' | 'settings:set' | 'settings:site' | 'settings:toggle'> = {
  'settings:get': () => readSettings(),
  'settings:set': async ({ patch }) => {
    const next = { ...(await readSettings()), ...patch };
    await settingsItem.setValue(next);
    return next;
  },
  'settings:site': async ({ host, enabled }) => {
    const current = await readSettings();
    const sites = new Set(current.disabledSites);
    if (enabled) sites.delete(host);
    else sites.add(host);
    const next = { ...current, disabledSites: [...sites].sort() };
    await settingsItem.setValue(next);
    return next;
  },
  'settings:toggle': async ({ host, everywhere }) => {
    const current = await readSettings();
    if (everywhere) {
      const next = { ...current, enabled: !current.enabled };
      await settingsItem.setValue(next);
      return next;
    }
    const sites = new Set(current.disabledSites);
    if (sites.has(host)) sites.delete(host);
    else sites.add(host);
    const next = { ...current, enabled: true, disabledSites: [...sites].sort() };
    await settingsItem.setValue(next);
    return next;
  },
};
