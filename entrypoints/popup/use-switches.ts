import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/protocol/settings';

type SwitchesModule = typeof import('./switches');

/**
 * The settings and their switches, from a chunk loaded after the first paint: validating
 * settings brings zod, which the first paint does not need.
 */
export function useSwitches() {
  const [module, setModule] = useState<SwitchesModule | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let unwatch = () => {};
    let live = true;
    void import('./switches').then((m) => {
      if (!live) return;
      setModule(m);
      void m.readSettings().then(setSettings);
      unwatch = m.watchSettings(setSettings);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  /** Whether a site is highlighted, once settings are known. */
  const highlighted = (host: string): boolean | null => (module && settings ? module.highlightsOn(settings, host) : null);
  return { Switches: module?.Switches ?? null, settings, highlighted };
}
