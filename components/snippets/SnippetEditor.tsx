import { useState } from 'preact/hooks';
import type { Snippet } from '@/lib/snippets/schema';
import { cleanTags, tagsLine } from '@/lib/snippets/tags';
import { t } from '@/lib/extension/i18n';

interface SnippetEditorProps {
  snippet: Snippet;
  onSave: (edit: { note: string; tags: string[] }) => Promise<void>;
  onCancel: () => void;
}

/** The note and tags of one snippet, edited in place. Ctrl+Enter saves, Escape cancels. */
export function SnippetEditor({ snippet, onSave, onCancel }: SnippetEditorProps) {
  const [note, setNote] = useState(snippet.note);
  const [tags, setTags] = useState(tagsLine(snippet.tags));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await onSave({ note: note.trim(), tags: cleanTags(tags) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
  };

  return (
    <form
      class="snippet-editor"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label>
        {t('editorNote')}
        <textarea value={note} rows={3} autoFocus onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t('editorTags')} <span class="muted">{t('editorTagsHint')}</span>
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {t('editorSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('editorCancel')}
        </button>
      </div>
    </form>
  );
}
