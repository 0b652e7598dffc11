import { useState } from 'preact/hooks';
import { send } from '@/lib/extension/send';
import { t, tn } from '@/lib/extension/i18n';
import type { OwnCardData } from '@/lib/own-terms/card';
import type { OwnTerm, OwnTermInput } from '@/lib/own-terms/schema';
import { OwnTermForm, type LinkTarget } from './OwnTermForm';
import { OwnTermItem } from './OwnTermItem';
import { useOwnTerms } from './useOwnTerms';

interface Props {
  /** The heading's level: 1 as the side panel's view, 2 as a section of the options page. */
  level?: 1 | 2;
  /** Index entries a term can link to. */
  entries: readonly LinkTarget[];
}

/** A term as the writer stores it, from what the list shows (links back to ids) — for an undo. */
function stored(term: OwnCardData): OwnTerm {
  const { claims: _claims, links, ...rest } = term;
  return { ...rest, links: links.map((l) => l.id) };
}

/**
 * The reader's own terms: add, edit, delete (with undo). Stands alone: the side panel mounts it
 * as a view of its own, the options page can mount it too. Every change goes to the background,
 * which checks it and refuses with a reason; open tabs update at once.
 */
export function OwnTermsEditor({ entries, level = 1 }: Props) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const { terms, unreadable, error } = useOwnTerms();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<OwnCardData | null>(null);
  const [notice, setNotice] = useState('');

  const add = async (term: OwnTermInput) => {
    const saved = await send({ type: 'own:add', term });
    setNotice(t('ownAdded', saved.names[0]!));
  };

  return (
    <section class="own-terms" aria-labelledby="own-terms-title">
      <Heading id="own-terms-title">{t('ownTitle')}</Heading>
      <p class="muted">{t('ownIntro')}</p>
      <details class="own-add" open={terms?.length === 0}>
        <summary>{t('ownAddHeading')}</summary>
        <OwnTermForm key={notice} entries={entries} onSave={add} submitLabel={t('ownAddButton')} />
      </details>
      {notice && (
        <p role="status" class="notice done">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" class="notice error">
          {error}
        </p>
      )}
      {unreadable > 0 && <p class="notice error">{tn('ownUnreadable', unreadable)}</p>}
      {terms && <p class="muted count">{tn('ownCount', terms.length)}</p>}
      <ul class="own-list">
        {terms?.map((term) => (
          <li key={term.id}>
            {editing === term.id ? (
              <OwnTermForm
                initial={{ names: term.names, kind: term.kind, note: term.note, links: term.links.map((l) => l.id) }}
                entries={entries}
                submitLabel={t('ownSave')}
                onCancel={() => setEditing(null)}
                onSave={async (input) => {
                  await send({ type: 'own:edit', id: term.id, term: input });
                  setEditing(null);
                }}
              />
            ) : (
              <OwnTermItem
                term={term}
                onEdit={() => setEditing(term.id)}
                onDelete={() => {
                  send({ type: 'own:delete', id: term.id }).then(
                    () => setDeleted(term),
                    (e: Error) => setNotice(e.message),
                  );
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {deleted && (
        <div class="undo-bar" role="status">
          <span>{t('ownDeleted', deleted.names[0]!)}</span>
          <button
            type="button"
            onClick={() => {
              const back = deleted;
              setDeleted(null);
              send({ type: 'own:restore', term: stored(back) }).catch((e: Error) => setNotice(e.message));
            }}
          >
            {t('ownUndo')}
          </button>
        </div>
      )}
    </section>
  );
}
