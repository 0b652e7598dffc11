import { useRef } from 'preact/hooks';
import { send } from '@/lib/extension/send';
import { readImport, sizeRefusal } from '@/lib/snippets/import';
import { plural } from './plural';

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
      notify({ kind: 'error', text: `Nothing was imported. ${tooLarge}` });
      return;
    }
    notify({ kind: 'busy', text: `Reading ${file.name}…` });
    const result = readImport(await file.text(), file.size);
    if (!result.ok) {
      notify({ kind: 'error', text: `Nothing was imported. ${result.error}` });
      return;
    }
    try {
      notify({ kind: 'busy', text: `Importing ${plural(result.snippets.length)}…` });
      const merged = await send({ type: 'snippets:import', snippets: result.snippets });
      const parts = [`Imported ${plural(merged.added)}`];
      if (merged.updated) parts.push(`updated ${merged.updated} with newer notes or tags`);
      if (merged.unchanged) parts.push(`${plural(merged.unchanged)} already in your library`);
      notify({ kind: 'done', text: `${parts.join('; ')}.` });
    } catch (e) {
      notify({ kind: 'error', text: `Nothing was imported. ${reason(e)}` });
    }
  };

  return (
    <>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        Import JSON…
      </button>
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
    </>
  );
}
