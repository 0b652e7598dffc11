import { useRef, useState } from 'preact/hooks';
import { send } from '@/lib/extension/send';
import { exportFileName, type EntryLabel } from '@/lib/snippets/export/citation';
import { toCsv } from '@/lib/snippets/export/csv';
import { toJson } from '@/lib/snippets/export/json';
import { toMarkdown } from '@/lib/snippets/export/markdown';
import { MAX_IMPORT_BYTES, readImport } from '@/lib/snippets/import';
import type { Snippet } from '@/lib/snippets/schema';

const FORMATS = {
  Markdown: { extension: 'md', type: 'text/markdown', write: (s: readonly Snippet[], l: EntryLabel) => toMarkdown(s, l, new Date()) },
  JSON: { extension: 'json', type: 'application/json', write: (s: readonly Snippet[], l: EntryLabel) => toJson(s, l, new Date()) },
  CSV: { extension: 'csv', type: 'text/csv', write: (s: readonly Snippet[], l: EntryLabel) => toCsv(s, l) },
} as const;

/** Hands a file to the browser's downloads, from the panel itself: nothing leaves the machine. */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type Notice = { kind: 'done' | 'busy' | 'error'; text: string } | null;

interface ExportImportProps {
  /** While the library is still being read: an export would be partial. */
  disabled: boolean;
  all: readonly Snippet[];
  shown: readonly Snippet[];
  filtered: boolean;
  label: EntryLabel;
  notify: (notice: Notice) => void;
}

function plural(n: number, word = 'snippet'): string {
  return `${n.toLocaleString()} ${n === 1 ? word : `${word}s`}`;
}

/** Export all or the snippets shown, in three formats; import a JSON export back. */
export function ExportImport({ disabled, all, shown, filtered, label, notify }: ExportImportProps) {
  const [scope, setScope] = useState<'shown' | 'all'>('shown');
  const input = useRef<HTMLInputElement>(null);
  const chosen = filtered && scope === 'shown' ? shown : all;

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      notify({ kind: 'error', text: `Nothing was imported. The file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB); Baylens imports exports of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` });
      return;
    }
    notify({ kind: 'busy', text: `Reading ${file.name}…` });
    const result = readImport(await file.text(), file.size);
    if (!result.ok) {
      notify({ kind: 'error', text: `Nothing was imported. ${result.error}` });
      return;
    }
    try {
      notify({ kind: 'busy', text: `Importing ${result.snippets.length.toLocaleString()} snippets…` });
      const merged = await send<{ added: number; updated: number; unchanged: number }>({ type: 'snippets:import', snippets: result.snippets });
      const parts = [`Imported ${plural(merged.added)}`];
      if (merged.updated) parts.push(`updated ${merged.updated} with newer notes or tags`);
      if (merged.unchanged) parts.push(`${plural(merged.unchanged)} already in your library`);
      notify({ kind: 'done', text: `${parts.join('; ')}.` });
    } catch (e) {
      notify({ kind: 'error', text: `Nothing was imported. ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  return (
    <div class="row wrap tools">
      <details class="menu" onToggle={(e) => disabled && ((e.currentTarget as HTMLDetailsElement).open = false)}>
        <summary aria-disabled={disabled}>Export</summary>
        <div class="menu-body">
          {filtered && (
            <fieldset>
              <legend class="muted">Which snippets</legend>
              <label><input type="radio" name="scope" checked={scope === 'shown'} onChange={() => setScope('shown')} /> The {plural(shown.length)} shown</label>
              <label><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> All {plural(all.length)}</label>
            </fieldset>
          )}
          <div class="row">
            {Object.entries(FORMATS).map(([name, format]) => (
              <button key={name} type="button" disabled={chosen.length === 0} onClick={() => download(format.write(chosen, label), exportFileName(format.extension), format.type)}>
                {name}
              </button>
            ))}
          </div>
        </div>
      </details>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>Import JSON…</button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Import a JSON export"
        hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
    </div>
  );
}
