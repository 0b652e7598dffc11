import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EntryPage } from '@/components/popup/EntryPage';
import { OwnResults, ownMatches } from '@/components/popup/OwnResults';
import { OwnTermPage } from '@/components/popup/OwnTermPage';
import { useOwnTerms } from '@/components/own-terms/useOwnTerms';
import { send } from '@/lib/extension/send';
import type { Seen } from '@/lib/history/visits';
import { storage } from 'wxt/utils/storage';
import { SearchBox } from '@/components/popup/SearchBox';
import { SearchResults } from '@/components/popup/SearchResults';
import { openSource } from '@/lib/extension/source-page';
import { PageSection } from '@/components/PageSection';
import { useEntryStack } from './use-entry-stack';
import { usePopupKeys } from './use-keys';
import { useKnowledge } from './use-knowledge';
import { usePage } from '@/components/usePage';
import { useSwitches } from './use-switches';
import { t } from '@/lib/extension/i18n';
import '@/components/digest.css';
import '@/components/popup/popup.css';
import { TEST_BUILD, testMark } from '@/lib/testing/test-build';

/** The popup: search over the index, the current page's digest, one entry at a time, the switches. */
export function Popup() {
  const { Switches, settings, highlighted } = useSwitches();
  const { view, position, reveal } = usePage(highlighted);
  const knowledge = useKnowledge();
  const [query, setQuery] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const { open, openEntry, back } = useEntryStack(() => root.current);
  const results = useMemo(() => (knowledge && query.trim() ? knowledge.search.search(query) : null), [knowledge, query]);
  const entry = useMemo(() => (open && knowledge ? knowledge.cards.entry(open, Infinity) : null), [open, knowledge]);
  const own = useOwnTerms();
  const ownHits = useMemo(
    () => (knowledge && query.trim() ? ownMatches(own.terms ?? [], query, (text) => knowledge.folder.fold(text)) : []),
    [knowledge, query, own.terms],
  );
  const ownOpen = open?.startsWith('own-') ? (own.terms?.find((term) => term.id === open) ?? null) : null;
  const [seen, setSeen] = useState<Seen | null>(null);
  useEffect(() => {
    setSeen(null);
    if (open) void send({ type: 'history:entry', id: open }).then(setSeen, () => undefined);
  }, [open]);
  // A look-up from a page that cannot show a card (a browser page, the PDF viewer) arrives here.
  useEffect(() => {
    const item = storage.defineItem<{ text: string; at: number } | null>('session:popupQuery', { fallback: null });
    void item.getValue().then((asked) => {
      if (asked && Date.now() - asked.at < 60_000) {
        setQuery(asked.text);
        void item.removeValue();
      }
    });
  }, []);
  const host = view.status === 'ready' || view.status === 'reading' ? view.hello.host : null;

  const submit = () => {
    if (results?.entries[0]) openEntry(results.entries[0].id);
    else if (results?.passages[0]) void openSource({ source: results.passages[0].source, passage: results.passages[0].passage });
  };

  useEffect(() => input.current?.focus(), []);
  useLayoutEffect(() => {
    // After the next paint: the benchmark times each keystroke to its results on screen.
    if (TEST_BUILD && results) requestAnimationFrame(() => setTimeout(() => testMark('baylens:results-painted'), 0));
  }, [results]);
  usePopupKeys({
    root: () => root.current,
    inEntry: open !== null,
    query,
    back,
    clear: () => {
      setQuery('');
      input.current?.focus();
    },
  });

  if (ownOpen) {
    return (
      <div ref={root} class="popup">
        <OwnTermPage term={ownOpen} seen={seen} onBack={back} onSelect={openEntry} />
      </div>
    );
  }

  if (open) {
    const onPage = view.status === 'ready' ? view.digest.entries.find((e) => e.id === open) : undefined;
    return (
      <div ref={root} class="popup">
        {entry ? (
          <EntryPage
            entry={entry}
            seen={seen}
            onBack={back}
            onSelect={openEntry}
            onReadInContext={(p) => void openSource({ source: p.source.id, passage: p.passage, entry: entry.id })}
            onPage={
              onPage
                ? {
                    count: onPage.count,
                    shown: position?.target === 'entry' && position.id === open ? position.index : null,
                    onReveal: () => void reveal('entry', open),
                  }
                : null
            }
          />
        ) : (
          <p class="state">{t(knowledge ? 'popupNothingMore' : 'popupLoadingIndex')}</p>
        )}
      </div>
    );
  }

  return (
    <div ref={root} class="popup">
      <header class="popup-head">
        <h1>Baylens</h1>
        <SearchBox value={query} onChange={setQuery} onSubmit={submit} inputRef={input} />
      </header>
      <main class="popup-body">
        {!query.trim() ? (
          <PageSection
            view={view}
            highlighted={highlighted}
            position={position}
            figureInfo={(id) => knowledge?.cards.figureInfo(id) ?? null}
            onReveal={reveal}
            onOpen={openEntry}
          />
        ) : results && knowledge ? (
          <>
            {ownHits.length > 0 && <OwnResults terms={ownHits} onOpen={openEntry} />}
            {(ownHits.length === 0 || results.entries.length > 0 || results.passages.length > 0) && (
              <SearchResults
                query={query}
                results={results}
                sourceOf={(id) => knowledge.cards.sourceRef(id)}
                entryName={(id) => knowledge.cards.entryRef(id)?.name ?? id}
                onOpenEntry={openEntry}
                onOpenPassage={(p) => void openSource({ source: p.source, passage: p.passage, ...(p.via ? { entry: p.via } : {}) })}
              />
            )}
          </>
        ) : (
          <p class="state" role="status">
            {t('popupLoadingIndex')}
          </p>
        )}
      </main>
      <footer class="popup-foot">
        {Switches && settings && <Switches host={host} settings={settings} />}
        <p class="hint">{t('popupKeysHint')}</p>
        {knowledge && (
          <p class="hint">
            {t(
              'popupIndexSize',
              knowledge.index.entries.length,
              knowledge.index.figures.length,
              knowledge.index.sources.reduce((n, s) => n + s.passages.length, 0),
            )}
          </p>
        )}
      </footer>
    </div>
  );
}
