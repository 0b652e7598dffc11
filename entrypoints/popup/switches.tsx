import { HighlightSwitches } from '@/components/HighlightSwitches';
import { send } from '@/lib/extension/send';
import type { Settings } from '@/lib/protocol/settings';
import { openOptions } from '@/lib/extension/options-page';

export { highlightsOn } from '@/lib/protocol/settings';
export { readSettings, watchSettings } from '@/lib/store/settings';

/** The highlighting switches, wired to the background, which alone writes settings. */
export function Switches({ host, settings }: { host: string | null; settings: Settings }) {
  return (
    <HighlightSwitches
      host={host}
      settings={settings}
      onSite={(enabled) => host !== null && void send({ type: 'settings:site', host, enabled })}
      onEverywhere={(enabled) => void send({ type: 'settings:set', patch: { enabled } })}
      onOptions={(section) => void openOptions(section)}
    />
  );
}
