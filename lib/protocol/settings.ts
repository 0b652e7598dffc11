import { z } from 'zod';

/** What the reader has chosen about highlighting; shared by the page, popup and panel. */
export const settingsSchema = z.object({
  /** Highlighting everywhere; a site can still be switched off on its own. */
  enabled: z.boolean(),
  /** Hostnames where highlighting is off. */
  disabledSites: z.array(z.string()),
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: z.number().int().min(0).max(5000),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], hoverDelayMs: 300 };

/** Whether a page on `host` gets highlights under these settings. */
export function highlightsOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

export const settingsRequests = [
  z.object({ type: z.literal('settings:get') }),
  z.object({
    type: z.literal('settings:set'),
    patch: settingsSchema.partial(),
  }),
  z.object({
    type: z.literal('settings:site'),
    host: z.string().min(1).max(253),
    enabled: z.boolean(),
  }),
  /** The keyboard toggle: flips the current site, or everywhere when `everywhere` is set. */
  z.object({ type: z.literal('settings:toggle'), host: z.string().min(1).max(253), everywhere: z.boolean().default(false) }),
] as const;
