import { z } from 'zod';
import { MAX_HOVER_DELAY_MS } from './settings';

/** A change to the settings, as the popup sends it: every field optional, each checked. */
const settingsPatch = z.strictObject({
  enabled: z.boolean().optional(),
  disabledSites: z.array(z.string().max(253)).optional(),
  hoverDelayMs: z.number().int().min(0).max(MAX_HOVER_DELAY_MS).optional(),
  openPdfsInReader: z.boolean().optional(),
});

const host = z.string().min(1).max(253);

export const settingsRequests = [
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('settings:set'), patch: settingsPatch }),
  z.object({ type: z.literal('settings:site'), host, enabled: z.boolean() }),
  /** The keyboard toggle: flips the current site, or everywhere when `everywhere` is set. */
  z.object({ type: z.literal('settings:toggle'), host, everywhere: z.boolean().default(false) }),
] as const;
