import { z } from 'zod';
import { MAX_HOVER_DELAY_MS } from './settings';
import { settingsFields } from '../settings/schema';
import { LANGUAGES } from '../i18n/languages';

/** A change to the settings, as the popup and options send it: every field optional, each checked. */
const settingsPatch = z.strictObject(settingsFields).partial();

const host = z.string().min(1).max(253);

export const settingsRequests = [
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('settings:set'), patch: settingsPatch }),
  z.object({ type: z.literal('settings:site'), host, enabled: z.boolean() }),
  /** The keyboard toggle: flips the current site, or everywhere when `everywhere` is set. */
  z.object({ type: z.literal('settings:toggle'), host, everywhere: z.boolean().default(false) }),
  /** A page that is not the browser's language asks for the reader's language's strings. */
  z.object({ type: z.literal('settings:catalogue'), language: z.enum(LANGUAGES) }),
  /** A page says whether it is highlighted, for the toolbar button of its tab. */
  z.object({ type: z.literal('settings:page-state'), on: z.boolean() }),
] as const;

export { MAX_HOVER_DELAY_MS };
