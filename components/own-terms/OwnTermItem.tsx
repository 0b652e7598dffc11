import { kindLabel } from '@/components/kinds';
import { t } from '@/lib/extension/i18n';
import type { OwnCardData } from '@/lib/own-terms/card';

interface Props {
  term: OwnCardData;
  onEdit: () => void;
  onDelete: () => void;
}

/** One term in the list: its names, kind, note, links, and where the index's entry wins a name. */
export function OwnTermItem({ term, onEdit, onDelete }: Props) {
  const [name, ...aliases] = term.names;
  return (
    <article class="own-term-item" aria-label={name}>
      <h3>{name}</h3>
      {aliases.length > 0 && <p class="muted">{aliases.join(' · ')}</p>}
      <p class="muted">{kindLabel(term.kind, 'one')}</p>
      {term.note && <p class="own-note">{term.note}</p>}
      {term.links.length > 0 && (
        <p class="muted">
          {t('ownLinked')}: {term.links.map((l) => l.name).join(', ')}
        </p>
      )}
      {term.claims.map((c) => (
        <p key={c.name} class="notice claim">
          {t('ownClaim', c.name, c.entry.name)}
        </p>
      ))}
      <div class="row">
        <button type="button" class="link" onClick={onEdit}>
          {t('ownEdit')}
        </button>
        <button type="button" class="link danger" onClick={onDelete}>
          {t('ownDelete')}
        </button>
      </div>
    </article>
  );
}
