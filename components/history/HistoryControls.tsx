import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/extension/send';
import { t, tn } from '@/lib/extension/i18n';
import type { Settings } from '@/lib/protocol/settings';
import { readSettings, watchSettings } from '@/lib/store/settings';

interface Stats {
  visits: number;
  bytes: number;
}

/**
 * The reading history's one switch, its size and a way to clear it. Kept on this computer
 * only; nothing is recorded in private windows or where highlighting is off. `level` is the
 * heading's: 1 in the side panel, 2 as a section of the options page.
 */
export function HistoryControls({ level = 1 }: { level?: 1 | 2 }) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const [settings, setSettings] = useState<Settings | null>(null);
  const [stats, setStats] = useState<Stats | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void readSettings().then(setSettings);
    const refresh = () => send({ type: 'history:stats' }).then(setStats, () => undefined);
    refresh();
    const unwatch = watchSettings(setSettings);
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k === 'history' || k.startsWith('history-'))) void refresh();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      unwatch();
      browser.storage.onChanged.removeListener(onChange);
    };
  }, []);

  return (
    <section class="history-controls" aria-labelledby="history-title">
      <Heading id="history-title">{t('seenHeading')}</Heading>
      <p class="muted">{t('historyIntro')}</p>
      <label class="row">
        <input
          type="checkbox"
          checked={settings?.history ?? false}
          disabled={!settings}
          onChange={(e) => void send({ type: 'settings:set', patch: { history: e.currentTarget.checked } })}
        />
        {t('historySwitch')}
      </label>
      {stats && (
        <p class="muted">
          {tn('historyVisits', stats.visits)}
          {stats.bytes >= 0 ? ` · ${t('historyBytes', (stats.bytes / 1024).toFixed(1))}` : ''}
        </p>
      )}
      <button
        type="button"
        disabled={!stats || stats.visits === 0}
        onClick={() =>
          send({ type: 'history:clear' }).then(
            (s) => {
              setStats(s);
              setNotice(t('historyCleared'));
            },
            (e: Error) => setNotice(e.message),
          )
        }
      >
        {t('historyClear')}
      </button>
      {notice && (
        <p role="status" class="notice done">
          {notice}
        </p>
      )}
    </section>
  );
}
