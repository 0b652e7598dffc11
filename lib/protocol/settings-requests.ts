import { z } from 'zod';
import * as zm from 'zod/mini';
import { settingsSchema } from './settings';

const host = z.string().min(1).max(253);

export const settingsRequests = [
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('settings:set'), patch: zm.partial(settingsSchema) }),
  z.object({ type: z.literal('settings:site'), host, enabled: z.boolean() }),
  /** The keyboard toggle: flips the current site, or everywhere when `everywhere` is set. */
  z.object({ type: z.literal('settings:toggle'), host, everywhere: z.boolean().default(false) }),
] as const;
