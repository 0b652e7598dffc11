import type { EntryKind } from '../kb/schema';
import { nameIn, type NameScript } from '../i18n/names';

interface EntryNamesSource {
  id: string;
  kind: EntryKind;
  names: { en: string; 'zh-Hans': string; 'zh-Hant': string };
}

/** How the panel and the exports name an entry a snippet mentions. */
export interface EntryDirectory {
  /** The name in the reader's script: an id no longer in the index shows as itself. */
  name(id: string): string;
  /** The English name with the Chinese one, for exports read by people in either language. */
  label(id: string): string;
  /** Every name, for search: an English query finds a Chinese snippet about the same entry. */
  names(id: string): readonly string[];
  kind(id: string): EntryKind | undefined;
}

/** Built once per panel from the bundled index; ids the index no longer has still read as themselves. */
export function entryDirectory(entries: readonly EntryNamesSource[], script: NameScript = 'en'): EntryDirectory {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    name: (id) => {
      const e = byId.get(id);
      return e ? nameIn(e.names, script) : id;
    },
    label: (id) => {
      const e = byId.get(id);
      return e ? `${e.names.en} (${e.names['zh-Hans']})` : id;
    },
    names: (id) => {
      const e = byId.get(id);
      return e ? [...new Set([e.names.en, e.names['zh-Hans'], e.names['zh-Hant']])] : [id];
    },
    kind: (id) => byId.get(id)?.kind,
  };
}
