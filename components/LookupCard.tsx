import { useEffect, useRef, useState } from 'preact/hooks';
import type { LookupHit } from '@/lib/lookup/find';
import { ENTRY_KINDS, type EntryKind } from '@/lib/match/kinds';
import { t } from '@/lib/extension/i18n';
import { kindLabel } from './kinds';

interface Props {
  text: string;
  /** What the text is, from the background. */
  find: (text: string) => Promise<{ text: string; hits: LookupHit[] }>;
  /** Show one hit's card in place of this one. */
  onOpen: (hit: LookupHit) => void;
  /** Add the looked-up text as the reader's own term (the background knows the text). */
  onAdd: (kind: EntryKind) => Promise<string>;
  onClose: () => void;
}

const HOW = { exact: 'lookupHowExact', named: 'lookupHowNamed', partial: 'lookupHowPartial' } as const;

/**
 * The card a look-up opens: what the selected text is in the index or among the reader's own
 * terms, or that there is no entry for it, with an offer to add it. Adding takes the reader's
 * own click: a click a page script makes (untrusted) does nothing.
 */
export function LookupCard({ text, find, onOpen, onAdd, onClose }: Props) {
  const [found, setFound] = useState<LookupHit[] | null>(null);
  const [error, setError] = useState('');
  const [kind, setKind] = useState<EntryKind>('organisation');
  const [notice, setNotice] = useState('');
  const [added, setAdded] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;

  useEffect(() => {
    let live = true;
    find(text).then(
      (r) => live && setFound(r.hits),
      (e: Error) => live && setError(e.message),
    );
    root.current?.focus();
    return () => {
      live = false;
    };
  }, [text, find]);

  const add = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    onAdd(kind).then(
      (message) => {
        setAdded(true);
        setNotice(message);
      },
      (e: Error) => setNotice(e.message),
    );
  };

  return (
    <div
      class="card lookup"
      role="dialog"
      aria-label={t('lookupTitle', shown)}
      tabIndex={-1}
      ref={root}
      data-state={found || error ? 'ready' : 'loading'}
    >
      <header>
        <h2>{t('lookupTitle', shown)}</h2>
        <button type="button" class="icon" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="body">
        {!found && !error && <p class="meta">{t('lookupLooking')}</p>}
        {error && <p class="meta">{error}</p>}
        {found && found.length > 0 && (
          <ul class="hits" aria-label={t('lookupMatches')}>
            {found.map((hit) => (
              <li key={hit.id}>
                <button type="button" class={`link kind-${hit.kind}`} onClick={() => onOpen(hit)}>
                  {hit.name}
                </button>{' '}
                <span class="meta inline">
                  {kindLabel(hit.kind, 'one')}
                  {hit.own ? ` · ${t('lookupYourTerm')}` : ''} · {t(HOW[hit.how])}
                  {hit.via ? ` (“${hit.via}”)` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        {found && !found.some((h) => h.how === 'exact') && (
          <div class="no-entry">
            <p>{t('lookupNoEntry', shown)}</p>
            {!added && (
              <p class="add-row">
                <label>
                  {t('lookupKind')}{' '}
                  <select value={kind} onChange={(e) => setKind(e.currentTarget.value as EntryKind)}>
                    {ENTRY_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {kindLabel(k, 'one')}
                      </option>
                    ))}
                  </select>
                </label>{' '}
                <button type="button" class="add" onClick={add}>
                  {t('lookupAdd')}
                </button>
              </p>
            )}
          </div>
        )}
        <p class="notice" role="status">
          {notice}
        </p>
      </div>
    </div>
  );
}
