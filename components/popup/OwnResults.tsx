import { t, tn } from '@/lib/extension/i18n';
import type { OwnCardData } from '@/lib/own-terms/card';
import { kindLabel } from '../kinds';

/** The reader's own terms a search finds, above the index's results. */
export function OwnResults({ terms, onOpen }: { terms: readonly OwnCardData[]; onOpen: (id: string) => void }) {
  return (
    <section aria-label={t('ownTitle')} class="results own-results">
      <h3>
        {t('ownTitle')} <span class="count">{terms.length}</span>
      </h3>
      <p class="sr-only" role="status">
        {tn('ownCount', terms.length)}
      </p>
      <ul>
        {terms.map((term) => (
          <li key={term.id}>
            <button type="button" class="result" data-nav data-key={`own:${term.id}`} onClick={() => onOpen(term.id)}>
              <span class="result-title">
                <span class="dot own" aria-hidden="true" />
                <span class="row-name">{term.names[0]}</span>
                <span class={`badge kind-${term.kind}`}>{kindLabel(term.kind, 'one')}</span>
                <span class="badge own">{t('ownBadge')}</span>
              </span>
              {(term.names.length > 1 || term.note) && (
                <span class="result-detail">{[term.names.slice(1).join(' · '), term.note].filter(Boolean).join(' — ')}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Own terms with a name containing the query, folded for case, width and script. */
export function ownMatches(terms: readonly OwnCardData[], query: string, fold: (text: string) => string): OwnCardData[] {
  const q = fold(query).replace(/\s+/g, ' ').trim();
  if (!q) return [];
  return terms.filter((term) => term.names.some((name) => fold(name).replace(/\s+/g, ' ').includes(q)));
}
