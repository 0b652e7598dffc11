import type { Settings } from '@/lib/protocol/settings';
import { readSettings, settingsItem } from '@/lib/store/settings';
import type { Handlers } from './router';
import { readCatalogue } from '@/lib/extension/i18n';
import { showPageState } from './toolbar';

async function write(next: Settings): Promise<Settings> {
  await settingsItem.setValue(next);
  return next;
}

function withSite(current: Settings, host: string, enabled: boolean): Settings {
  const sites = new Set(current.disabledSites);
  if (enabled) sites.delete(host);
  else sites.add(host);
  return { ...current, disabledSites: [...sites].sort() };
}

/** Settings requests: the background is their only writer, so changes never race. */
export const settingsHandlers: Handlers<'settings:get' | 'settings:set' | 'settings:site' | 'settings:toggle' | 'settings:catalogue' | 'settings:page-state'> = {
  'settings:get': () => readSettings(),
  'settings:set': async ({ patch }) => write({ ...(await readSettings()), ...patch }),
  'settings:site': async ({ host, enabled }) => write(withSite(await readSettings(), host, enabled)),
  'settings:toggle': async ({ host, everywhere }) => {
    const current = await readSettings();
    if (everywhere) return write({ ...current, enabled: !current.enabled });
    // Turning a site on from the keyboard also turns highlighting on, or nothing would show.
    return write({ ...withSite(current, host, current.disabledSites.includes(host)), enabled: true });
  },
  'settings:catalogue': ({ language }) => readCatalogue(language),
  'settings:page-state': async ({ on }, sender) => {
    // The top frame speaks for the tab; frames follow the same settings.
    if (sender.tab?.id === undefined || sender.frameId !== 0) return false;
    await showPageState(sender.tab.id, on);
    return true;
  },
};
