import { useRef, useState } from 'preact/hooks';
import { send } from '@/lib/extension/send';
import { t } from '@/lib/extension/i18n';
import type { Settings } from '@/lib/protocol/settings';
import { readSettingsFile, settingsFile } from '@/lib/settings/file';
import { settingsFileProblemText } from './settings-file-problem';

/** Hands the file to the browser's downloads, from this page: nothing leaves the machine. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Notice = { kind: 'done' | 'error'; text: string } | null;

/** Export the settings to a file, or import one: checked whole first, so a bad file changes nothing. */
export function TransferSection({ settings }: { settings: Settings }) {
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const importFile = async (file: File) => {
    const result = readSettingsFile(await file.text(), file.size);
    if (!result.ok) return setNotice({ kind: 'error', text: t('optionsImportRefused', settingsFileProblemText(result.problem)) });
    try {
      await send({ type: 'settings:set', patch: result.settings });
      setNotice({ kind: 'done', text: t('optionsImported') });
    } catch (e) {
      setNotice({ kind: 'error', text: t('optionsImportRefused', e instanceof Error ? e.message : String(e)) });
    }
  };
  return (
    <section id="transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('optionsTransfer')}</h2>
      <p class="muted">{t('optionsTransferHint')}</p>
      <div class="row">
        <button type="button" onClick={() => download(settingsFile(settings, new Date()), 'baylens-settings.json')}>
          {t('optionsExport')}
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          {t('optionsImport')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-label={t('optionsImportLabel')}
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {notice && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} class={`notice ${notice.kind}`}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
