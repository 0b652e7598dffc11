/**
 * What the reader has chosen about highlighting; shared by the page, popup and panel. The
 * check is written by hand: it ships in the content script, which runs on every page and
 * carries no schema library (settings-schema.ts has the zod form the background uses).
 */
export interface Settings {
  /** Highlighting everywhere; a site can still be switched off on its own. */
  enabled: boolean;
  /** Hostnames where highlighting is off. */
  disabledSites: string[];
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: number;
  /** Open every PDF the browser shows in the Baylens reader instead. Off unless the reader asks. */
  openPdfsInReader: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], hoverDelayMs: 300, openPdfsInReader: false };

/** The longest hover delay a reader can choose. */
export const MAX_HOVER_DELAY_MS = 5000;

/** Stored settings, checked field by field: a damaged field falls back to its default. */
export function parseSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const delay = value.hoverDelayMs;
  const sites = value.disabledSites;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(sites) && sites.every((s) => typeof s === 'string') ? sites : DEFAULT_SETTINGS.disabledSites,
    hoverDelayMs:
      typeof delay === 'number' && Number.isInteger(delay) && delay >= 0 && delay <= MAX_HOVER_DELAY_MS ? delay : DEFAULT_SETTINGS.hoverDelayMs,
    openPdfsInReader: typeof value.openPdfsInReader === 'boolean' ? value.openPdfsInReader : DEFAULT_SETTINGS.openPdfsInReader,
  };
}

/** Whether a page on `host` gets highlights under these settings. */
export function highlightsOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
