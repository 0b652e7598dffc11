import { useState } from 'preact/hooks';
import type { EntryDirectory } from '@/lib/snippets/entry-names';
import { citationLine } from '@/lib/snippets/export/citation';
import { readerUrl } from '@/lib/extension/reader-page';
import { fragmentLink } from '@/lib/snippets/fragment';
import type { Snippet } from '@/lib/snippets/schema';
import { siteOf } from '@/lib/snippets/site';
import type { SnippetFilter } from '@/lib/snippets/filter';
import { SnippetEditor } from './SnippetEditor';
import { languageTag, t } from '@/lib/extension/i18n';

let when: Intl.DateTimeFormat | null = null;
/** Dates in the interface language, made once it is known. */
const dateFormat = () => (when ??= new Intl.DateTimeFormat(languageTag(), { dateStyle: 'medium', timeStyle: 'short' }));
/** Past this many characters a snippet shows clamped until the reader asks for all of it. */
const LONG = 420;

/** What a snippet's buttons do; the panel owns the state they change. */
export interface SnippetActions {
  filterBy: (patch: Partial<SnippetFilter>) => void;
  edit: (snippet: Snippet, change: { note: string; tags: string[] }) => Promise<void>;
  remove: (snippet: Snippet) => void;
}

interface SnippetItemProps {
  snippet: Snippet;
  entries: EntryDirectory;
  actions: SnippetActions;
  editing: boolean;
  setEditing: (id: string | null) => void;
  expanded: boolean;
  toggleExpanded: (id: string) => void;
}

/** Where a snippet's title leads: the web page at the words, or the Baylens reader at the PDF's page with the words marked. */
function sourceLink(snippet: Snippet): string {
  if (!snippet.page.number) return fragmentLink(snippet);
  return readerUrl({ src: snippet.page.url, page: snippet.page.number, mark: snippet.text });
}

/** One saved snippet: its words, where they came from, what they mention, and the reader's note and tags. */
export function SnippetItem({ snippet, entries, actions, editing, setEditing, expanded, toggleExpanded }: SnippetItemProps) {
  const site = siteOf(snippet.page.url);
  const title = snippet.page.title || site;
  const { before, after } = snippet.context;
  const canExpand = snippet.text.length > LONG || !!before || !!after;
  return (
    <article class="snippet" aria-label={t('snippetFrom', title)}>
      <p class={`snippet-text${expanded ? '' : ' clamped'}`}>
        {expanded && before && <span class="context">{before} </span>}
        <span class="words">{snippet.text}</span>
        {expanded && after && <span class="context"> {after}</span>}
      </p>
      {canExpand && (
        <button type="button" class="link" aria-expanded={expanded} onClick={() => toggleExpanded(snippet.id)}>
          {t(expanded ? 'snippetShowLess' : snippet.text.length > LONG ? 'snippetShowAll' : 'snippetShowContext')}
        </button>
      )}
      <p class="snippet-source">
        <a href={sourceLink(snippet)} target="_blank" rel="noreferrer" title={t('snippetOpenPage')}>
          {title}
        </a>
        {snippet.page.number && <span class="muted page-number">{`, p. ${snippet.page.number}`}</span>}
        <span class="muted">
          {' · '}
          <button type="button" class="link muted" title={t('snippetFilterSite', site)} onClick={() => actions.filterBy({ site })}>
            {site}
          </button>
          {' · '}
          <time dateTime={snippet.savedAt}>{dateFormat().format(new Date(snippet.savedAt))}</time>
        </span>
      </p>
      {snippet.entries.length > 0 && (
        <ul class="chips" aria-label={t('snippetEntries')}>
          {snippet.entries.map((id) => (
            <li key={id}>
              <button
                type="button"
                class={`chip entry kind-${entries.kind(id) ?? 'unknown'}`}
                title={t('snippetFilterEntry', entries.label(id))}
                onClick={() => actions.filterBy({ entry: id })}
              >
                {entries.name(id)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <SnippetEditor
          snippet={snippet}
          onSave={async (change) => {
            await actions.edit(snippet, change);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <>
          {snippet.tags.length > 0 && (
            <ul class="chips" aria-label={t('snippetTags')}>
              {snippet.tags.map((tag) => (
                <li key={tag}>
                  <button type="button" class="chip tag" title={t('snippetFilterTag', tag)} onClick={() => actions.filterBy({ tag })}>
                    #{tag}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {snippet.note && <p class="snippet-note">{snippet.note}</p>}
          <div class="snippet-actions">
            <button type="button" class="link" onClick={() => setEditing(snippet.id)}>
              {t(snippet.note || snippet.tags.length ? 'snippetEdit' : 'snippetAddNote')}
            </button>
            <CopyButton text={`${snippet.text}\n— ${citationLine(snippet)}`} />
            <button type="button" class="link danger" onClick={() => actions.remove(snippet)}>
              {t('snippetDelete')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}

/** Copies the snippet with its citation, ready to paste into notes or a draft. */
function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () =>
    navigator.clipboard
      .writeText(text)
      .then(
        () => setState('copied'),
        () => setState('failed'),
      )
      .finally(() => setTimeout(() => setState('idle'), 1500));
  return (
    <button type="button" class="link" onClick={copy} aria-live="polite">
      {t(state === 'copied' ? 'snippetCopied' : state === 'failed' ? 'snippetCopyFailed' : 'snippetCopy')}
    </button>
  );
}
