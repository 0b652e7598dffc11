import { useEffect, useRef } from 'preact/hooks';
import type { CardPassage, EntryCardData } from '@/lib/kb/card';
import { excerpt } from '@/lib/search/marks';
import type { Seen } from '@/lib/history/visits';
import { EntryView } from '../EntryView';
import { t, tn } from '@/lib/extension/i18n';
import { SeenLine } from '../SeenLine';

/** How often the open entry is named on the current page, and which mention was shown last. */
export interface OnPage {
  count: number;
  /** 0-based index of the mention shown last, or null before the first. */
  shown: number | null;
  onReveal: () => void;
}

interface Props {
  entry: EntryCardData;
  onBack: () => void;
  onSelect: (id: string) => void;
  onReadInContext: (passage: CardPassage) => void;
  onPage: OnPage | null;
  /** Where the reader met the entry before (the reading history). */
  seen?: Seen | null;
}

/** Passage text around the entry's first mention: the popup is narrow; "Read in context" has the rest. */
const PASSAGE_CHARS = 360;

/** One entry in the popup: everything the index holds about it, every passage, and a way back. */
export function EntryPage({ entry, onBack, onSelect, onReadInContext, onPage, seen }: Props) {
  const back = useRef<HTMLButtonElement>(null);
  const passages = entry.passages.map((p) => ({ ...p, ...excerpt(p.text, p.marks, PASSAGE_CHARS) }));
  // A new entry (opened, or followed from a relation) starts at the top with focus on Back.
  useEffect(() => {
    back.current?.focus();
    scrollTo(0, 0);
  }, [entry.id]);
  return (
    <article class="entry-page" aria-labelledby="entry-title">
      <header class="entry-head">
        <button type="button" class="back" ref={back} onClick={onBack} aria-label={t('backLabel')} title={t('backTitle')}>
          {t('back')}
        </button>
        <h2 id="entry-title">{entry.name}</h2>
      </header>
      {onPage && (
        <p class="on-page">
          <span>
            {t('entryOnPage', tn('times', onPage.count))}
            {onPage.shown !== null && <span role="status"> · {t('entryShowing', onPage.shown + 1, onPage.count)}</span>}
          </span>
          <button type="button" class="link" onClick={onPage.onReveal}>
            {t(onPage.shown === null ? 'showOnPage' : 'next')}
          </button>
        </p>
      )}
      {seen && <SeenLine seen={seen} />}
      <EntryView entry={{ ...entry, passages }} onSelect={onSelect} onReadInContext={onReadInContext} />
    </article>
  );
}
