import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/protocol/settings';
import { readSettings, watchSettings } from '@/lib/store/settings';

/** Settings kept in step with storage, so every open view shows the same state; null until read. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
