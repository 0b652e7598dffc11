import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/lib/protocol/settings';

type SwitchesModule = typeof import('./switches');

/**
 * The settings and their switches, from a chunk loaded after the first paint: validating
 * settings brings zod, which the first paint does not need.
 */
export function useSwitches() {
  const [module, setModule] = useState<SwitchesModule | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  /** Settings changes seen in storage so far. */
  const changes = useRef(0);
  useEffect(() => {
    let unwatch = () => {};
    let live = true;
    void import('./switches').then((m) => {
      if (!live) return;
      setModule(m);
      void m.readSettings().then(setSettings);
      unwatch = m.watchSettings((next) => {
        changes.current++;
        setSettings(next);
      });
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  /** Whether a site is highlighted, once settings are known. */
  const highlighted = (host: string): boolean | null => (module && settings ? module.highlightsOn(settings, host) : null);
  /**
   * A switch's change, sent to the background, which answers with the settings it stored. Storage
   * tells every page of the change; should its news not reach the popup, the answer shows it
   * (only if no newer change came in since, which would be the one to show).
   */
  const change = (request: Promise<Settings>) => {
    const seen = changes.current;
    void request.then(
      (next) => {
        if (changes.current === seen) setSettings(next);
      },
      () => undefined,
    );
  };
  return { Switches: module?.Switches ?? null, settings, highlighted, change };
}
