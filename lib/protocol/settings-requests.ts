import { z } from 'zod';
import { MAX_HOVER_DELAY_MS } from './settings';
import { settingsFields } from '../settings/schema';

/** A change to the settings, as the popup and options send it: every field optional, each checked. */
const settingsPatch = z.strictObject(settingsFields).partial();

const host = z.string().min(1).max(253);

export const settingsRequests = [
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('settings:set'), patch: settingsPatch }),
  z.object({ type: z.literal('settings:site'), host, enabled: z.boolean() }),
  /** The keyboard toggle: flips the current site, or everywhere when `everywhere` is set. */
  z.object({ type: z.literal('settings:toggle'), host, everywhere: z.boolean().default(false) }),
] as const;

export { MAX_HOVER_DELAY_MS };
