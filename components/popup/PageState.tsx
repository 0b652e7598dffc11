import { t, type MessageKey } from '@/lib/extension/i18n';

export type PageStatus = 'reading' | 'restricted' | 'empty' | 'off';

const MESSAGES: Record<PageStatus, { title: MessageKey; body: MessageKey | null }> = {
  reading: { title: 'pageReading', body: null },
  restricted: { title: 'pageRestrictedTitle', body: 'pageRestrictedBody' },
  empty: { title: 'pageEmptyTitle', body: 'pageEmptyBody' },
  off: { title: 'pageOffTitle', body: 'pageOffBody' },
};

/** What the popup says instead of a digest: a clear reason, never an empty box. */
export function PageState({ status }: { status: PageStatus }) {
  const { title, body } = MESSAGES[status];
  return (
    <div class={`state state-${status}`} role="status">
      <p class="state-title">{t(title)}</p>
      {body && <p class="muted">{t(body)}</p>}
    </div>
  );
}
