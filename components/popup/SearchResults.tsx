import type { SourceRef } from '@/lib/kb/card';
import type { PassageHit, SearchResults as Results } from '@/lib/search/types';
import { SourceLine } from '../EntryView';
import { kindLabel } from '../kinds';
import { t, tn } from '@/lib/extension/i18n';
import { MarkedText } from '../MarkedText';

interface Props {
  query: string;
  results: Results;
  sourceOf: (id: string) => SourceRef;
  entryName: (id: string) => string;
  onOpenEntry: (id: string) => void;
  onOpenPassage: (hit: PassageHit) => void;
}

/** Ranked entries, then source passages, with the words of the query marked. */
export function SearchResults({ query, results, sourceOf, entryName, onOpenEntry, onOpenPassage }: Props) {
  const { entries, passages } = results;
  if (entries.length === 0 && passages.length === 0) {
    return (
      <p class="state" role="status">
        {t('searchNothing', query.trim())}
      </p>
    );
  }
  return (
    <div class="results">
      <p class="sr-only" role="status">
        {t('searchCount', tn('entries', entries.length), tn('passages', passages.length))}
      </p>
      {results.close && <p class="muted">{t('searchClose')}</p>}
      {entries.length > 0 && (
        <section aria-label={t('searchEntries')}>
          <h3>
            {t('searchEntries')} <span class="count">{entries.length}</span>
          </h3>
          <ul>
            {entries.map((e) => (
              <li key={e.id}>
                <button type="button" class="result" data-nav data-key={`result:${e.id}`} onClick={() => onOpenEntry(e.id)}>
                  <span class="result-title">
                    <span class={`dot kind-${e.kind}`} aria-hidden="true" />
                    <span class="row-name">
                      <MarkedText text={e.name.text} marks={e.name.marks} />
                    </span>
                    <span class={`badge kind-${e.kind}`}>{kindLabel(e.kind, 'one')}</span>
                  </span>
                  <span class="result-detail">
                    <MarkedText text={e.detail.text} marks={e.detail.marks} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {passages.length > 0 && (
        <section aria-label={t('searchPassages')}>
          <h3>
            {t('searchPassages')} <span class="count">{passages.length}</span>
          </h3>
          <ul>
            {passages.map((p) => (
              <li key={`${p.source}#${p.passage}`}>
                <button
                  type="button"
                  class="result passage-result"
                  data-nav
                  data-key={`passage:${p.source}#${p.passage}`}
                  title={t('readInContext')}
                  onClick={() => onOpenPassage(p)}
                >
                  <span class="result-detail excerpt">
                    <MarkedText text={p.excerpt.text} marks={p.excerpt.marks} />
                  </span>
                  <span class="meta">
                    <SourceLine source={sourceOf(p.source)} plain />
                    {p.via && <span class="via">{t('searchVia', entryName(p.via))}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
