import * as z from 'zod/mini';

/**
 * What the reader has chosen about highlighting; shared by the page, popup and panel.
 * zod/mini: this schema ships in the content script, which runs on every page.
 */
export const settingsSchema = z.object({
  /** Highlighting everywhere; a site can still be switched off on its own. */
  enabled: z.boolean(),
  /** Hostnames where highlighting is off. */
  disabledSites: z.array(z.string()),
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: z.number().check(z.int(), z.minimum(0), z.maximum(5000)),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], hoverDelayMs: 300 };

/** Whether a page on `host` gets highlights under these settings. */
export function highlightsOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
