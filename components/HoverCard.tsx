import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryCardData, CardFigure, EntryRef } from '@/lib/kb/card';
import type { MarkTarget } from '@/lib/page/marks';
import { EntryView } from './EntryView';
import { FigureView } from './FigureView';
import { TEST_BUILD, testMark } from '@/lib/testing/test-build';

export interface CardSource {
  entry(id: string): Promise<EntryCardData | null>;
  figure(id: string): Promise<{ figure: CardFigure; subject: EntryRef } | null>;
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
  | { type: 'figure'; figure: CardFigure; subject: EntryRef; surface: string; status: 'match' | 'mismatch' }
  | { type: 'missing' };

/** The card beside a highlight: what it is, its figures, relations and sources. */
export function HoverCard({ target, source, pinned, focus, onPin, onClose, onSave, onOpenPanel }: Props) {
  const [stack, setStack] = useState<View[]>([target]);
  const [loaded, setLoaded] = useState<Loaded | null>(() => loadedNow(target, source));
  const [notice, setNotice] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const firstView = useRef(true);
  const view = stack[stack.length - 1]!;

  useEffect(() => {
    let live = true;
    const now = loadedNow(view, source);
    // The first view opened with its content already: nothing to load or re-render.
    const opened = firstView.current;
    firstView.current = false;
    if (opened && now) return;
    setLoaded(now);
    if (now) return;
    const load = view.type === 'entry'
      ? source.entry(view.id).then((entry): Loaded => (entry ? { type: 'entry', entry } : { type: 'missing' }))
      : source.figure(view.id).then((f): Loaded => (f ? { type: 'figure', ...f, surface: view.surface, status: view.status } : { type: 'missing' }));
    load.then((l) => live && setLoaded(l), () => live && setLoaded({ type: 'missing' }));
    return () => {
      live = false;
    };
  }, [view, source]);

  useEffect(() => {
    if (focus) root.current?.focus();
  }, [focus]);

  useEffect(() => {
    // After the next paint: benchmarks read this to time the card from pointer stop.
    if (TEST_BUILD && loaded) requestAnimationFrame(() => setTimeout(() => testMark('baylens:card-painted'), 0));
  }, [loaded]);

  const select = (id: string) => setStack([...stack, { type: 'entry', id }]);
  const title = loaded?.type === 'entry' ? loaded.entry.name : loaded?.type === 'figure' ? 'Figure' : '…';

  return (
    <div class="card" role="dialog" aria-label={title} tabIndex={-1} ref={root} data-state={loaded ? 'ready' : 'loading'}>
      <header>
        {stack.length > 1 && (
          <button type="button" class="icon" aria-label="Back" onClick={() => setStack(stack.slice(0, -1))}>‹</button>
        )}
        <h2>{title}</h2>
        <button type="button" class="icon" aria-label={pinned ? 'Unpin card' : 'Pin card'} aria-pressed={pinned} onClick={onPin}>
          {pinned ? '◉' : '○'}
        </button>
        <button type="button" class="icon" aria-label="Close card" onClick={onClose}>×</button>
      </header>
      <div class="body">
        {loaded === null && <p class="meta">Loading…</p>}
        {loaded?.type === 'missing' && <p class="meta">Nothing more is known about this term.</p>}
        {loaded?.type === 'entry' && <EntryView entry={loaded.entry} onSelect={select} />}
        {loaded?.type === 'figure' && (
          <FigureView surface={loaded.surface} status={loaded.status} figure={loaded.figure} subject={loaded.subject} onSelect={select} />
        )}
      </div>
      {(onSave || onOpenPanel) && (
        <footer>
          {onSave && (
            <button type="button" onClick={() => onSave().then(setNotice, (e: Error) => setNotice(`Not saved: ${e.message}`))}>
              Save snippet
            </button>
          )}
          {onOpenPanel && view.type === 'entry' && (
            <button type="button" onClick={() => onOpenPanel(view.id).then(setNotice, (e: Error) => setNotice(e.message))}>
              Open in side panel
            </button>
          )}
          <span class="notice" role="status">{notice}</span>
        </footer>
      )}
    </div>
  );
}
