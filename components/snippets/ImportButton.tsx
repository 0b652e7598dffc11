import { useRef } from 'preact/hooks';
import { send } from '@/lib/extension/send';
import { readImport, sizeRefusal } from '@/lib/snippets/import';
import { plural } from './plural';
import { importProblemText } from './import-problem';
import { t, tn } from '@/lib/extension/i18n';

/** A sentence under the toolbar: done and busy are announced politely, errors as alerts. */
export type Notice = { kind: 'done' | 'busy' | 'error'; text: string } | null;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Imports a JSON export: read and checked here, all or nothing, then merged by the background.
 * Every outcome is told in a sentence, and a refusal starts with "Nothing was imported".
 */
export function ImportButton({ disabled, notify }: { disabled: boolean; notify: (notice: Notice) => void }) {
  const input = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    const tooLarge = sizeRefusal(file.size);
    if (tooLarge) {
      notify({ kind: 'error', text: t('importRefused', importProblemText(tooLarge.problem)) });
      return;
    }
    notify({ kind: 'busy', text: t('importReading', file.name) });
    const result = readImport(await file.text(), file.size);
    if (!result.ok) {
      notify({ kind: 'error', text: t('importRefused', importProblemText(result.problem)) });
      return;
    }
    try {
      notify({ kind: 'busy', text: t('importImporting', plural(result.snippets.length)) });
      const merged = await send({ type: 'snippets:import', snippets: result.snippets, ownTerms: result.ownTerms });
      const parts = [t('importAdded', plural(merged.added))];
      if (merged.updated) parts.push(t('importUpdated', merged.updated.toLocaleString()));
      if (merged.unchanged) parts.push(t('importUnchanged', plural(merged.unchanged)));
      if (merged.terms.added || merged.terms.updated) parts.push(tn('ownImported', merged.terms.added + merged.terms.updated));
      notify({ kind: 'done', text: t('listJoined', parts.join(t('listSeparator'))) });
    } catch (e) {
      notify({ kind: 'error', text: t('importRefused', reason(e)) });
    }
  };

  return (
    <>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {t('importButton')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('importLabel')}
        hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
