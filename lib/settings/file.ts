import { z } from 'zod';
import { DEFAULT_SETTINGS, type Settings } from '../protocol/settings';
import { settingsFields } from './schema';

export const SETTINGS_FILE_FORMAT = 'baylens-settings';
export const SETTINGS_FILE_VERSION = 1;
/** Settings are a few kilobytes; a file far larger is something else. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

export type SettingName = keyof Settings;

/** Why a settings file was refused; the options page words it in the reader's language. */
export type SettingsFileProblem =
  | { code: 'too-large' | 'not-json' | 'not-settings' | 'no-version' | 'no-settings' }
  | { code: 'newer'; version: number }
  | { code: 'unknown'; name: string }
  | { code: 'bad'; setting: SettingName };

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; problem: SettingsFileProblem };

/** Every setting may be missing (it keeps its default); none may be unknown or invalid. */
const settingsSchema = z.strictObject(settingsFields).partial();

/** The settings as a file a reader can keep, read and import elsewhere. */
export function settingsFile(settings: Settings, now: Date): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, exported: now.toISOString(), settings }, null, 2)}\n`;
}

/**
 * Reads a settings file, all or nothing: the first problem refuses the whole file, so the
 * reader's settings are either all replaced or left exactly as they were.
 */
export function readSettingsFile(text: string, bytes = new TextEncoder().encode(text).length): SettingsFileResult {
  const refuse = (problem: SettingsFileProblem): SettingsFileResult => ({ ok: false, problem });
  if (bytes > MAX_SETTINGS_FILE_BYTES) return refuse({ code: 'too-large' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse({ code: 'not-json' });
  }
  const file = data as { format?: unknown; version?: unknown; settings?: unknown } | null;
  if (!file || typeof file !== 'object' || Array.isArray(file) || file.format !== SETTINGS_FILE_FORMAT)
    return refuse({ code: 'not-settings' });
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse({ code: 'no-version' });
  if (version > SETTINGS_FILE_VERSION) return refuse({ code: 'newer', version });
  if (!file.settings || typeof file.settings !== 'object' || Array.isArray(file.settings)) return refuse({ code: 'no-settings' });
  const parsed = settingsSchema.safeParse(file.settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) return refuse({ code: 'unknown', name: issue.keys[0] ?? '' });
    return refuse({ code: 'bad', setting: issue.path[0] as SettingName });
  }
  return { ok: true, settings: { ...DEFAULT_SETTINGS, ...parsed.data } as Settings };
}
