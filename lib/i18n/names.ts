import type { Language } from './languages';

/** The scripts an entry is named in. */
export interface EntryNames {
  en: string;
  'zh-Hans': string;
  'zh-Hant': string;
}
export type NameScript = keyof EntryNames;

const SCRIPT_OF: Record<Language, NameScript> = { en: 'en', zh_CN: 'zh-Hans', zh_TW: 'zh-Hant' };

/** The script a reader of `language` reads names in first. */
export function nameScriptFor(language: Language): NameScript {
  return SCRIPT_OF[language];
}

/** An entry's name in the reader's script (English where the index has no Chinese name). */
export function nameIn(names: EntryNames, script: NameScript): string {
  return names[script] || names.en;
}

/**
 * The entry's other names, after the one shown first: English, Simplified, Traditional in that
 * order, each once (Chinese names that are the same in both scripts appear once).
 */
export function otherNames(names: EntryNames, script: NameScript): string[] {
  const first = nameIn(names, script);
  const others: string[] = [];
  for (const key of ['en', 'zh-Hans', 'zh-Hant'] as const) {
    const name = names[key];
    if (name && name !== first && !others.includes(name)) others.push(name);
  }
  return others;
}
