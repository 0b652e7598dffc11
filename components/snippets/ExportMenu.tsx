import { useState } from 'preact/hooks';
import { exportFileName, type EntryLabel } from '@/lib/snippets/export/citation';
import { toCsv } from '@/lib/snippets/export/csv';
import { toJson } from '@/lib/snippets/export/json';
import { toMarkdown } from '@/lib/snippets/export/markdown';
import type { Snippet } from '@/lib/snippets/schema';
import { readOwnTerms } from '@/lib/store/own-terms';
import { plural } from './plural';
import { t } from '@/lib/extension/i18n';

const FORMATS = {
  Markdown: { extension: 'md', type: 'text/markdown', write: (s: readonly Snippet[], l: EntryLabel) => toMarkdown(s, l, new Date()) },
  // The one format read back: it carries the reader's own terms too.
  JSON: {
    extension: 'json',
    type: 'application/json',
    write: async (s: readonly Snippet[], l: EntryLabel) => toJson(s, l, new Date(), (await readOwnTerms()).terms),
  },
  CSV: { extension: 'csv', type: 'text/csv', write: (s: readonly Snippet[], l: EntryLabel) => toCsv(s, l) },
} as const;

/** Hands a file to the browser's downloads, from the panel itself: nothing leaves the machine. */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface ExportMenuProps {
  /** While the library is still being read: an export would be partial. */
  disabled: boolean;
  all: readonly Snippet[];
  shown: readonly Snippet[];
  filtered: boolean;
  label: EntryLabel;
}

/** Export all snippets, or those a search or filter shows, as Markdown, JSON or CSV. */
export function ExportMenu({ disabled, all, shown, filtered, label }: ExportMenuProps) {
  const [scope, setScope] = useState<'shown' | 'all'>('shown');
  const chosen = filtered && scope === 'shown' ? shown : all;
  return (
    <details class="menu" onToggle={(e) => disabled && ((e.currentTarget as HTMLDetailsElement).open = false)}>
      <summary aria-disabled={disabled}>{t('exportButton')}</summary>
      <div class="menu-body">
        {filtered && (
          <fieldset>
            <legend class="muted">{t('exportWhich')}</legend>
            <label>
              <input type="radio" name="scope" checked={scope === 'shown'} onChange={() => setScope('shown')} />{' '}
              {t('exportShown', plural(shown.length))}
            </label>
            <label>
              <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />{' '}
              {t('exportAll', plural(all.length))}
            </label>
          </fieldset>
        )}
        <div class="row">
          {Object.entries(FORMATS).map(([name, format]) => (
            <button
              key={name}
              type="button"
              disabled={chosen.length === 0 && name !== 'JSON'}
              onClick={() =>
                void Promise.resolve(format.write(chosen, label)).then((text) =>
                  download(text, exportFileName(format.extension), format.type),
                )
              }
            >
              {name}
            </button>
          ))}
        </div>
      </div>
    </details>
  );
}
