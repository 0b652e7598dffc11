import { useEffect } from 'preact/hooks';
import type { Snippet } from '@/lib/snippets/schema';
import { t, tn } from '@/lib/extension/i18n';
import { useLatest } from '../useLatest';

/** How long an undo stays on offer after the last deletion. */
export const UNDO_MS = 10_000;

interface UndoBarProps {
  deleted: Snippet[];
  onUndo: () => void;
  onDismiss: () => void;
}

/** Deleting is immediate; this bar offers it back for a few seconds. */
export function UndoBar({ deleted, onUndo, onDismiss }: UndoBarProps) {
  const dismiss = useLatest(onDismiss);
  useEffect(() => {
    if (deleted.length === 0) return;
    const timer = setTimeout(() => dismiss.current(), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted, dismiss]);
  if (deleted.length === 0) return null;
  const n = deleted.length;
  return (
    <div class="undo-bar" role="status">
      <span>{tn('undoDeleted', n)}</span>
      <button type="button" class="primary" onClick={onUndo}>
        {t('undo')}
      </button>
      <button type="button" class="link" aria-label={t('panelDismiss')} onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
