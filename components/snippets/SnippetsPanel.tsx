import { useEffect, useMemo, useState } from 'preact/hooks';
import { send } from '@/lib/extension/send';
import { watchPanelFocus } from '@/lib/store/panel-focus';
import type { EntryDirectory } from '@/lib/snippets/entry-names';
import { applyFilter, facetsOf, isFiltered, NO_FILTER, type SnippetFilter } from '@/lib/snippets/filter';
import type { Snippet } from '@/lib/snippets/schema';
import { searchFolder } from '@/lib/snippets/fold';
import { SnippetSearch } from '@/lib/snippets/search';
import { EmptyLibrary } from './EmptyLibrary';
import { ExportMenu } from './ExportMenu';
import { ImportButton, type Notice } from './ImportButton';
import { FilterBar } from './FilterBar';
import { SnippetItem, type SnippetActions } from './SnippetItem';
import { UndoBar } from './UndoBar';
import { plural } from './plural';
import { t, tn } from '@/lib/extension/i18n';
import { useLibrary } from './useLibrary';
import { WindowedList } from './WindowedList';

/** The side panel: every saved snippet, newest first, to search, filter, edit, delete and export. */
export function SnippetsPanel({ entries, simplifiedPairs }: { entries: EntryDirectory; simplifiedPairs: string }) {
  const library = useLibrary();
  const search = useMemo(() => new SnippetSearch(searchFolder(simplifiedPairs), entries.names), [entries, simplifiedPairs]);
  const [filter, setFilter] = useState<SnippetFilter>(NO_FILTER);
  const [editing, setEditing] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [deleted, setDeleted] = useState<Snippet[]>([]);
  const [notice, setNotice] = useState<Notice>(null);

  const shown = useMemo(() => applyFilter(library.snippets, filter, search), [library.snippets, filter, search]);
  const facets = useMemo(() => facetsOf(library.snippets), [library.snippets]);
  const filtered = isFiltered(filter);

  // Fold every snippet for search while the reader is still looking, so the first keystroke is quick.
  useEffect(() => {
    if (!library.complete) return;
    let at = 0;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      while (at < library.snippets.length && deadline.timeRemaining() > 2) search.haystack(library.snippets[at++]!);
      if (at < library.snippets.length) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [library.snippets, library.complete, search]);

  // A card's "Open in side panel" shows the snippets about its entry.
  useEffect(() => watchPanelFocus((entry) => setFilter({ ...NO_FILTER, entry })), []);

  // "/" goes to the search box, as on most sites with one.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLInputElement ||
        event.target instanceof HTMLTextAreaElement ||
        event.target instanceof HTMLSelectElement;
      if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      document.querySelector<HTMLInputElement>('input[type=search]')?.focus();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (notice?.kind !== 'done') return;
    const timer = setTimeout(() => setNotice(null), 8000);
    return () => clearTimeout(timer);
  }, [notice]);

  const actions: SnippetActions = {
    filterBy: (patch) => setFilter((f) => ({ ...f, ...patch })),
    edit: async (snippet, change) => {
      await send({ type: 'snippet:edit', snippet: { id: snippet.id, savedAt: snippet.savedAt }, edit: change });
    },
    remove: (snippet) => {
      send({ type: 'snippet:delete', snippets: [{ id: snippet.id, savedAt: snippet.savedAt }] })
        .then((removed) => setDeleted((d) => [...d, ...removed]))
        .catch((e: unknown) => setNotice({ kind: 'error', text: t('panelNotDeleted', e instanceof Error ? e.message : String(e)) }));
    },
  };
  const undo = () => {
    const back = deleted;
    setDeleted([]);
    send({ type: 'snippets:restore', snippets: back }).catch((e: unknown) =>
      setNotice({ kind: 'error', text: t('panelUndoFailed', e instanceof Error ? e.message : String(e)) }),
    );
  };
  const toggleExpanded = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const total = library.snippets.length;
  return (
    <main class="panel snippets-panel" aria-busy={!library.complete}>
      <header>
        <h1>{t('panelTitle')}</h1>
        <p class="muted count-line">
          <span class="count" aria-live="polite">
            {!library.complete
              ? t('loading')
              : filtered && total > 0
                ? t('panelShownOf', shown.length.toLocaleString(), plural(total))
                : plural(total)}
          </span>
          {filtered && total > 0 && (
            <button type="button" class="link" onClick={() => setFilter(NO_FILTER)}>
              {t('panelClearFilters')}
            </button>
          )}
        </p>
        {library.complete && total > 0 && <FilterBar filter={filter} facets={facets} entries={entries} onChange={actions.filterBy} />}
        <div class="row wrap tools">
          {library.complete && (
            <ExportMenu disabled={!library.complete} all={library.snippets} shown={shown} filtered={filtered} label={entries.label} />
          )}
          <ImportButton disabled={!library.complete} notify={setNotice} />
        </div>
        {notice && (
          <p role={notice.kind === 'error' ? 'alert' : 'status'} class={`notice ${notice.kind}`}>
            {notice.text}
            <button type="button" class="link" aria-label={t('panelDismiss')} onClick={() => setNotice(null)}>
              ✕
            </button>
          </p>
        )}
        {library.unreadable > 0 && <p class="notice error">{tn('panelUnreadable', library.unreadable)}</p>}
        {library.error && (
          <p role="alert" class="notice error">
            {t('panelLibraryError', library.error)}
          </p>
        )}
      </header>
      {library.complete && total === 0 && <EmptyLibrary />}
      {library.loaded && total > 0 && shown.length === 0 && <p class="muted empty">{t('panelNoMatch')}</p>}
      <WindowedList
        items={shown}
        itemKey={(s) => s.id}
        estimate={150}
        label={t('panelListLabel')}
        scrollKey={JSON.stringify(filter)}
        render={(snippet) => (
          <SnippetItem
            snippet={snippet}
            entries={entries}
            actions={actions}
            editing={editing === snippet.id}
            setEditing={setEditing}
            expanded={expanded.has(snippet.id)}
            toggleExpanded={toggleExpanded}
          />
        )}
      />
      <UndoBar deleted={deleted} onUndo={undo} onDismiss={() => setDeleted([])} />
    </main>
  );
}
