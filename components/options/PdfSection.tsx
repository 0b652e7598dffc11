import { t } from '@/lib/extension/i18n';
import type { Settings } from '@/lib/protocol/settings';
import type { Change } from './OptionsPage';

/** Whether every PDF the browser shows opens in the Baylens reader instead (off unless chosen). */
export function PdfSection({ settings, change }: { settings: Settings; change: Change }) {
  return (
    <section id="pdf" aria-labelledby="pdf-title">
      <h2 id="pdf-title">{t('optionsPdf')}</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.openPdfsInReader}
          onChange={(e) => void change({ openPdfsInReader: e.currentTarget.checked })}
        />
        <span>{t('optionsPdfSwitch')}</span>
      </label>
      <p class="muted">{t('optionsPdfNote')}</p>
    </section>
  );
}
