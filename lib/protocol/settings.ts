/**
 * What the reader has chosen; shared by the page, popup, panel and options. The check is
 * written by hand: it ships in the content script, which runs on every page and carries no
 * schema library (settings-requests.ts and lib/settings/file.ts have the zod forms the
 * background and the options page use).
 */
import { LANGUAGES, type LanguageChoice } from '../i18n/languages';
import { ENTRY_KINDS, type EntryKind } from '../match/kinds';
import { HEX_COLOUR, PALETTE_NAMES, type PaletteName } from '../settings/palette';

export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export interface Settings {
  /** Highlighting everywhere; a site can still be switched off on its own. */
  enabled: boolean;
  /** Hostnames where highlighting is off. */
  disabledSites: string[];
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: number;
  /** The interface language, or `auto` for the browser's. */
  language: LanguageChoice;
  /** The palette kinds are drawn from. */
  palette: PaletteName;
  /** Colours the reader chose for some kinds, over the palette's (`#rrggbb`). */
  colours: Partial<Record<EntryKind, string>>;
  /** Kinds the reader does not want marked. */
  hiddenKinds: EntryKind[];
  /** An underline with a light fill, or a stronger fill with a thin line. */
  style: HighlightStyle;
  /** Whether numbers on the page are checked against the index's figures. */
  figureChecks: boolean;
  /**
   * Keep a local history of the entries met on pages (never where highlighting is off, never
   * in a private window); turning it off stops recording at once.
   */
  history: boolean;
  /** Open every PDF the browser shows in the Baylens reader instead. Off unless the reader asks. */
  openPdfsInReader: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  hoverDelayMs: 300,
  language: 'auto',
  palette: 'default',
  colours: {},
  hiddenKinds: [],
  style: 'underline',
  figureChecks: true,
  history: true,
  openPdfsInReader: false,
};

/** The longest hover delay a reader can choose. */
export const MAX_HOVER_DELAY_MS = 5000;

const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

function parseColours(raw: unknown): Settings['colours'] {
  if (!raw || typeof raw !== 'object') return {};
  const colours: Settings['colours'] = {};
  for (const kind of ENTRY_KINDS) {
    const colour = (raw as Record<string, unknown>)[kind];
    if (typeof colour === 'string' && HEX_COLOUR.test(colour)) colours[kind] = colour;
  }
  return colours;
}

/** Stored settings, checked field by field: a damaged field falls back to its default. */
export function parseSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const delay = value.hoverDelayMs;
  const sites = value.disabledSites;
  const hidden = value.hiddenKinds;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(sites) && sites.every((s) => typeof s === 'string') ? sites : DEFAULT_SETTINGS.disabledSites,
    hoverDelayMs:
      typeof delay === 'number' && Number.isInteger(delay) && delay >= 0 && delay <= MAX_HOVER_DELAY_MS
        ? delay
        : DEFAULT_SETTINGS.hoverDelayMs,
    language: oneOf<LanguageChoice>(['auto', ...LANGUAGES], value.language, DEFAULT_SETTINGS.language),
    palette: oneOf(PALETTE_NAMES, value.palette, DEFAULT_SETTINGS.palette),
    colours: parseColours(value.colours),
    hiddenKinds: Array.isArray(hidden) ? ENTRY_KINDS.filter((kind) => hidden.includes(kind)) : DEFAULT_SETTINGS.hiddenKinds,
    style: oneOf(HIGHLIGHT_STYLES, value.style, DEFAULT_SETTINGS.style),
    figureChecks: typeof value.figureChecks === 'boolean' ? value.figureChecks : DEFAULT_SETTINGS.figureChecks,
    history: typeof value.history === 'boolean' ? value.history : DEFAULT_SETTINGS.history,
    openPdfsInReader: typeof value.openPdfsInReader === 'boolean' ? value.openPdfsInReader : DEFAULT_SETTINGS.openPdfsInReader,
  };
}

/** Whether a page on `host` gets highlights under these settings. */
export function highlightsOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
