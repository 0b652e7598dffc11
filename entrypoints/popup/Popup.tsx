import { useEffect, useState } from 'preact/hooks';
import index from 'virtual:baylens/index';
import { HighlightSwitches, useSettings } from '@/components/HighlightSwitches';
import { IndexSummary } from '@/components/IndexSummary';
import { activeTab } from '@/lib/extension/active-tab';
import { send } from '@/lib/extension/send';
import { readSettings, watchSettings } from '@/lib/store/settings';


export function Popup() {
  const settings = useSettings(readSettings, watchSettings);
  const [host, setHost] = useState<string | null>(null);
  useEffect(() => void activeTab().then((tab) => setHost(tab?.page?.host ?? null)), []);
  return (
    <main class="panel">
      <IndexSummary index={index} />
      {settings && (
        <HighlightSwitches
          host={host}
          settings={settings}
          onSite={(enabled) => host && void send({ type: 'settings:site', host, enabled })}
          onEverywhere={(enabled) => void send({ type: 'settings:set', patch: { enabled } })}
          onHoverDelay={(hoverDelayMs) => void send({ type: 'settings:set', patch: { hoverDelayMs } })}
        />
      )}
    </main>
  );
}
