import type { Settings } from '@/lib/protocol/settings';
import { readSettings, settingsItem } from '@/lib/store/settings';
import type { Handlers } from './router';
import { readCatalogue } from '@/lib/extension/i18n';
import { showPageState } from './toolbar';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies a change to the settings as they are when its turn comes: changes run one at a
 * time, so two sent at once (a palette and its colours) both land instead of the second
 * writing over the first with what it read before.
 */
function change(update: (current: Settings) => Settings): Promise<Settings> {
  const done = queue.then(async () => {
    const next = update(await readSettings());
    await settingsItem.setValue(next);
    return next;
  });
  queue = done.catch(() => undefined);
  return done;
}

function withSite(current: Settings, host: string, enabled: boolean): Settings {
  const sites = new Set(current.disabledSites);
  if (enabled) sites.delete(host);
  else sites.add(host);
  return { ...current, disabledSites: [...sites].sort() };
}

/** Settings requests: the background is their only writer, so changes never race. */
export const settingsHandlers: Handlers<
  'settings:get' | 'settings:set' | 'settings:site' | 'settings:toggle' | 'settings:catalogue' | 'settings:page-state'
> = {
  'settings:get': () => readSettings(),
  'settings:set': ({ patch }) => change((current) => ({ ...current, ...patch })),
  'settings:site': ({ host, enabled }) => change((current) => withSite(current, host, enabled)),
  'settings:toggle': ({ host, everywhere }) =>
    change((current) =>
      everywhere
        ? { ...current, enabled: !current.enabled }
        : // Turning a site on from the keyboard also turns highlighting on, or nothing would show.
          { ...withSite(current, host, current.disabledSites.includes(host)), enabled: true },
    ),
  'settings:catalogue': ({ language }) => readCatalogue(language),
  'settings:page-state': async ({ on }, sender) => {
    // The top frame speaks for the tab; frames follow the same settings.
    if (sender.tab?.id === undefined || sender.frameId !== 0) return false;
    await showPageState(sender.tab.id, on);
    return true;
  },
};
