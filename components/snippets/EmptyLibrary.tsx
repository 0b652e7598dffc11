import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/extension/i18n';

/** What to do when nothing is saved yet, with the shortcut as the reader has set it. */
export function EmptyLibrary() {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'save-snippet')?.shortcut || undefined))
      .catch(() => undefined);
  }, []);
  return (
    <div class="empty">
      <p>{t('emptyTitle')}</p>
      <p class="muted">
        {t('emptyHow', t('menuSaveSnippet'))}
        {shortcut ? ` ${t('emptyShortcut', shortcut)}` : null} {t('emptyWhere')}
      </p>
    </div>
  );
}
