import { useState } from 'preact/hooks';
import { kindLabel } from '@/components/kinds';
import { t } from '@/lib/extension/i18n';
import { ENTRY_KINDS, type EntryKind } from '@/lib/match/kinds';
import type { OwnTermInput } from '@/lib/own-terms/schema';

/** An index entry a term can link to. */
export interface LinkTarget {
  id: string;
  name: string;
}

interface Props {
  initial?: OwnTermInput;
  /** Index entries to link to, by name. */
  entries: readonly LinkTarget[];
  /** Saves; rejects with the reason to show. */
  onSave: (term: OwnTermInput) => Promise<void>;
  onCancel?: () => void;
  submitLabel: string;
}

const EMPTY: OwnTermInput = { names: [''], kind: 'organisation', note: '', links: [] };

/** The fields of one own term: a name, other names (one a line, any script), kind, note and linked entries. */
export function OwnTermForm({ initial = EMPTY, entries, onSave, onCancel, submitLabel }: Props) {
  const [name, setName] = useState(initial.names[0] ?? '');
  const [aliases, setAliases] = useState(initial.names.slice(1).join('\n'));
  const [kind, setKind] = useState<EntryKind>(initial.kind);
  const [note, setNote] = useState(initial.note);
  const [links, setLinks] = useState<string[]>(initial.links);
  const [linkText, setLinkText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const nameOf = (id: string) => entries.find((e) => e.id === id)?.name ?? id;

  const addLink = (text: string) => {
    const target = entries.find((e) => e.name === text || e.id === text);
    if (!target) return;
    setLinks((l) => (l.includes(target.id) ? l : [...l, target.id]));
    setLinkText('');
  };

  const submit = (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    const names = [name, ...aliases.split('\n').filter((line) => line.trim())];
    onSave({ names, kind, note: note.trim(), links }).then(
      () => setBusy(false),
      (e: Error) => {
        setBusy(false);
        setError(e.message);
      },
    );
  };

  return (
    <form class="own-form" onSubmit={submit}>
      <label>
        {t('ownFormName')}
        <input type="text" value={name} maxLength={400} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        {t('ownFormAliases')}
        <textarea rows={2} value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
      </label>
      <label>
        {t('lookupKind')}
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as EntryKind)}>
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k, 'one')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ownFormNote')}
        <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t('ownFormLinks')}
        <input
          type="text"
          list="own-link-targets"
          value={linkText}
          onInput={(e) => setLinkText(e.currentTarget.value)}
          onChange={(e) => addLink(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addLink(e.currentTarget.value);
            }
          }}
        />
      </label>
      <datalist id="own-link-targets">
        {entries.map((e) => (
          <option key={e.id} value={e.name} />
        ))}
      </datalist>
      {links.length > 0 && (
        <ul class="chips" aria-label={t('ownLinked')}>
          {links.map((id) => (
            <li key={id} class="chip">
              {nameOf(id)}{' '}
              <button
                type="button"
                class="link muted"
                aria-label={t('ownFormUnlink', nameOf(id))}
                onClick={() => setLinks((l) => l.filter((x) => x !== id))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('ownFormCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
