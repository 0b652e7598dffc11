import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { ENTRY_KINDS } from '../match/kinds';
import { HIGHLIGHT_STYLES, MAX_HOVER_DELAY_MS } from '../protocol/settings';
import { HEX_COLOUR, PALETTE_NAMES } from './palette';

/** A hostname as the browser reports it: letters, digits, dots, hyphens (and IPv6 brackets). */
const hostname = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.\-_[\]:]+$/i);

/**
 * Every settings field with its rule, for the background (a change) and the settings file
 * (an import). The content script checks stored settings by hand (lib/protocol/settings.ts).
 */
export const settingsFields = {
  enabled: z.boolean(),
  disabledSites: z.array(hostname).max(10_000),
  hoverDelayMs: z.number().int().min(0).max(MAX_HOVER_DELAY_MS),
  language: z.enum(['auto', ...LANGUAGES]),
  palette: z.enum(PALETTE_NAMES),
  colours: z.partialRecord(z.enum(ENTRY_KINDS), z.string().regex(HEX_COLOUR)),
  hiddenKinds: z.array(z.enum(ENTRY_KINDS)),
  style: z.enum(HIGHLIGHT_STYLES),
  figureChecks: z.boolean(),
  history: z.boolean(),
  openPdfsInReader: z.boolean(),
};
