import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/extension/i18n';
import type { Seen } from '@/lib/history/visits';
import type { OwnCardData } from '@/lib/own-terms/card';
import { OwnTermView } from '../OwnTermView';
import { SeenLine } from '../SeenLine';

/** One of the reader's own terms in the popup, with where it was met. */
export function OwnTermPage({
  term,
  seen,
  onBack,
  onSelect,
}: {
  term: OwnCardData;
  seen: Seen | null;
  onBack: () => void;
  onSelect: (id: string) => void;
}) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), [term.id]);
  return (
    <article class="entry-page" aria-labelledby="entry-title">
      <header class="entry-head">
        <button type="button" class="back" ref={back} onClick={onBack} aria-label={t('popupBack')}>
          ‹ {t('popupBack')}
        </button>
        <h2 id="entry-title">{term.names[0]}</h2>
      </header>
      <OwnTermView term={term} onSelect={onSelect} />
      {seen && <SeenLine seen={seen} />}
    </article>
  );
}
