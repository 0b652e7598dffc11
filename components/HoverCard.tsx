import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntryCardData, CardFigure, EntryRef } from '@/lib/kb/card';
import type { MarkTarget } from '@/lib/page/marks';
import type { Seen } from '@/lib/history/visits';
import type { OwnCardData } from '@/lib/own-terms/card';
import { EntryView } from './EntryView';
import { FigureView } from './FigureView';
import { t } from '@/lib/extension/i18n';
import { OwnTermView } from './OwnTermView';
import { SeenLine } from './SeenLine';

export interface CardSource {
  entry(id: string): Promise<EntryCardData | null>;
  figure(id: string): Promise<{ figure: CardFigure; subject: EntryRef } | null>;
  /** One of the reader's own terms. */
  own(id: string): Promise<OwnCardData | null>;
  /** Where the reader met an entry or term before; null when never (or history is off). */
  seen(id: string): Promise<Seen | null>;
  /** What has already arrived (fetched during the hover delay): the card opens with it at once. */
  entryNow?(id: string): EntryCardData | null | undefined;
  figureNow?(id: string): { figure: CardFigure; subject: EntryRef } | null | undefined;
}

/** The card's content if it is already at hand, so the first render shows it (no loading frame). */
function loadedNow(view: View, source: CardSource): Loaded | null {
  if (view.type === 'entry') {
    const entry = source.entryNow?.(view.id);
    return entry === undefined ? null : entry ? { type: 'entry', entry } : { type: 'missing' };
  }
  if (view.type !== 'figure') return null;
  const f = source.figureNow?.(view.id);
  return f === undefined ? null : f ? { type: 'figure', ...f, surface: view.surface, status: view.status } : { type: 'missing' };
}

interface Props {
  target: MarkTarget;
  source: CardSource;
  pinned: boolean;
  /** Move focus into the card (opened from the keyboard). */
  focus: boolean;
  onPin: () => void;
  onClose: () => void;
  /** Save the passage around the highlight; absent where saving is not available. */
  onSave?: () => Promise<string>;
  /** Show the reader's snippets about an entry in the side panel. */
  onOpenPanel?: (id: string) => Promise<string>;
}

type View = MarkTarget;
type Loaded =
  | { type: 'entry'; entry: EntryCardData }
  | { type: 'own'; term: OwnCardData }
  | { type: 'figure'; figure: CardFigure; subject: EntryRef; surface: string; status: 'match' | 'mismatch' }
  | { type: 'missing' };

/** The card beside a highlight: what it is, its figures, relations and sources. */
export function HoverCard({ target, source, pinned, focus, onPin, onClose, onSave, onOpenPanel }: Props) {
  const [stack, setStack] = useState<View[]>([target]);
  const [loaded, setLoaded] = useState<Loaded | null>(() => loadedNow(target, source));
  const [notice, setNotice] = useState('');
  const [seen, setSeen] = useState<Seen | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const firstView = useRef(true);
  const view = stack[stack.length - 1]!;

  useEffect(() => {
    let live = true;
    const stop = () => {
      live = false;
    };
    setSeen(null);
    if (view.type !== 'figure')
      source.seen(view.id).then(
        (s) => live && setSeen(s),
        () => undefined,
      );
    const now = loadedNow(view, source);
    // The first view opened with its content already: nothing to load or re-render.
    const opened = firstView.current;
    firstView.current = false;
    if (!(opened && now)) setLoaded(now);
    if (now) return stop;
    const load =
      view.type === 'entry'
        ? source.entry(view.id).then((entry): Loaded => (entry ? { type: 'entry', entry } : { type: 'missing' }))
        : view.type === 'own'
          ? source.own(view.id).then((term): Loaded => (term ? { type: 'own', term } : { type: 'missing' }))
          : source
              .figure(view.id)
              .then((f): Loaded => (f ? { type: 'figure', ...f, surface: view.surface, status: view.status } : { type: 'missing' }));
    load.then(
      (l) => live && setLoaded(l),
      () => live && setLoaded({ type: 'missing' }),
    );
    return stop;
  }, [view, source]);

  // Before the card is painted: focus arrives with the card, so a key pressed as it appears lands in it.
  useLayoutEffect(() => {
    if (focus) root.current?.focus();
  }, [focus]);

  const select = (id: string) => setStack([...stack, { type: 'entry', id }]);
  const title =
    loaded?.type === 'entry'
      ? loaded.entry.name
      : loaded?.type === 'own'
        ? loaded.term.names[0]!
        : loaded?.type === 'figure'
          ? t('cardFigure')
          : '…';

  return (
    <div class="card" role="dialog" aria-label={title} tabIndex={-1} ref={root} data-state={loaded ? 'ready' : 'loading'}>
      <header>
        {stack.length > 1 && (
          <button type="button" class="icon" aria-label={t('backLabel')} onClick={() => setStack(stack.slice(0, -1))}>
            ‹
          </button>
        )}
        <h2>{title}</h2>
        <button type="button" class="icon" aria-label={t(pinned ? 'cardUnpin' : 'cardPin')} aria-pressed={pinned} onClick={onPin}>
          {pinned ? '◉' : '○'}
        </button>
        <button type="button" class="icon" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="body">
        {loaded === null && <p class="meta">{t('loading')}</p>}
        {loaded?.type === 'missing' && <p class="meta">{t('cardNothing')}</p>}
        {loaded?.type === 'entry' && <EntryView entry={loaded.entry} onSelect={select} />}
        {loaded?.type === 'own' && <OwnTermView term={loaded.term} onSelect={select} />}
        {loaded && seen && <SeenLine seen={seen} />}
        {loaded?.type === 'figure' && (
          <FigureView surface={loaded.surface} status={loaded.status} figure={loaded.figure} subject={loaded.subject} onSelect={select} />
        )}
      </div>
      {(onSave || onOpenPanel) && (
        <footer>
          {onSave && (
            <button type="button" onClick={() => onSave().then(setNotice, (e: Error) => setNotice(t('cardNotSaved', e.message)))}>
              {t('cardSave')}
            </button>
          )}
          {onOpenPanel && view.type === 'entry' && (
            <button type="button" onClick={() => onOpenPanel(view.id).then(setNotice, (e: Error) => setNotice(e.message))}>
              {t('cardOpenPanel')}
            </button>
          )}
          <span class="notice" role="status">
            {notice}
          </span>
        </footer>
      )}
    </div>
  );
}
