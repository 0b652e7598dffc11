import type { CardFigure, EntryRef } from '@/lib/kb/card';
import { SourceLine } from './EntryView';
import { t } from '@/lib/extension/i18n';

interface Props {
  /** The number as the page writes it. */
  surface: string;
  status: 'match' | 'mismatch';
  figure: CardFigure;
  subject: EntryRef;
  onSelect: (id: string) => void;
}

/** A number on the page next to the indexed figure it was tied to, and whether they agree. */
export function FigureView({ surface, status, figure, subject, onSelect }: Props) {
  return (
    <div class="figure-view">
      <p class={`verdict ${status}`} role="status">
        {status === 'match' ? t('figureMatch', surface) : t('figureMismatch', surface, figure.display)}
      </p>
      <p>
        <strong>{figure.display}</strong> <span class="measure">{figure.measure}</span>
      </p>
      <p class="meta">
        {t('figureAbout')}{' '}
        <button type="button" class={`link kind-${subject.kind}`} onClick={() => onSelect(subject.id)}>
          {subject.name}
        </button>{' '}
        · {t('asOf', figure.asOf)}
      </p>
      <p class="meta">
        <SourceLine source={figure.source} />
      </p>
    </div>
  );
}
