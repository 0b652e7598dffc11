import type { OwnCardData } from '@/lib/own-terms/card';
import { t } from '@/lib/extension/i18n';
import { kindLabel } from './kinds';

interface Props {
  term: OwnCardData;
  /** Follow a link to an index entry. */
  onSelect: (id: string) => void;
}

/** One of the reader's own terms: the body of its hover card and of the popup's view of it. */
export function OwnTermView({ term, onSelect }: Props) {
  const [, ...aliases] = term.names;
  return (
    <div class="entry own-term">
      {aliases.length > 0 && <p class="zh">{aliases.join(' · ')}</p>}
      <p class="badges">
        <span class={`badge kind-${term.kind}`}>{kindLabel(term.kind, 'one')}</span>
        <span class="badge own">{t('ownBadge')}</span>
      </p>
      {term.note && <p class="description">{term.note}</p>}
      {term.links.length > 0 && (
        <section aria-label={t('ownLinked')}>
          <h3>{t('ownLinked')}</h3>
          <ul class="relations">
            {term.links.map((e) => (
              <li key={e.id}>
                <button type="button" class={`link kind-${e.kind}`} onClick={() => onSelect(e.id)}>
                  {e.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {term.claims.length > 0 && <p class="meta claims">{term.claims.map((c) => t('ownClaim', c.name, c.entry.name)).join(' ')}</p>}
    </div>
  );
}
