import { useState } from 'preact/hooks';
import type { CardPassage, EntryCardData, SourceRef } from '@/lib/kb/card';
import { t } from '@/lib/extension/i18n';
import { otherNames, type NameScript } from '@/lib/i18n/names';
import { kindLabel } from './kinds';
import { relationLabel } from './relations';
import { MarkedText } from './MarkedText';

/** A source's citation; its licence is a link unless the line sits inside a button (`plain`). */
export function SourceLine({ source, plain = false }: { source: SourceRef; plain?: boolean }) {
  return (
    <span class="source">
      {source.title}
      {source.publisher ? `, ${source.publisher}` : ''}, {source.date}
      {source.licence && (
        <>
          {', '}
          {plain ? (
            <span class="licence">{source.licence.name}</span>
          ) : (
            <a class="licence" href={source.licence.url} target="_blank" rel="noopener noreferrer">
              {source.licence.name}
            </a>
          )}
        </>
      )}
    </span>
  );
}

interface Props {
  entry: EntryCardData;
  /** Follow a relation: the caller shows that entry instead. */
  onSelect: (id: string) => void;
  /** Open a passage's whole document; without it (the hover card) passages have no link. */
  onReadInContext?: (passage: CardPassage) => void;
}

/**
 * Related entries shown before "Show all": the closest relations come first, and a card of a
 * city with a hundred relations opens as fast as a short one.
 */
export const RELATIONS_SHOWN = 12;

/** Everything about one entry: the body of the hover card and of the popup's entry view. */
export function EntryView({ entry, onSelect, onReadInContext }: Props) {
  const others = otherNames(entry.names, scriptOf(entry));
  /** The entry whose relations are all shown (following a relation shows the next one's first few). */
  const [allRelationsOf, setAllRelationsOf] = useState<string | null>(null);
  const relations = allRelationsOf === entry.id ? entry.relations : entry.relations.slice(0, RELATIONS_SHOWN);
  return (
    <div class="entry">
      <p class="zh other-names">
        {others.map((name, i) => (
          <span key={name} lang={nameLang(entry, name)}>
            {i > 0 ? ' · ' : ''}
            {name}
          </span>
        ))}
      </p>
      <p class="badges">
        <span class={`badge kind-${entry.kind}`}>{kindLabel(entry.kind, 'one')}</span>
        {entry.proposal && <span class="badge proposal">{t('entryProposal')}</span>}
      </p>
      <p class="description">{entry.description}</p>

      {entry.figures.length > 0 && (
        <section aria-label={t('entryFigures')}>
          <h3>{t('entryFigures')}</h3>
          <ul class="figures">
            {entry.figures.map((f) => (
              <li key={f.id}>
                <strong>{f.display}</strong> <span class="measure">{f.measure}</span>
                <span class="meta">
                  {t('asOf', f.asOf)} · <SourceLine source={f.source} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {entry.relations.length > 0 && (
        <section aria-label={t('entryRelatedLabel')}>
          <h3>{t('entryRelated')}</h3>
          <ul class="relations">
            {relations.map((r) => (
              <li key={`${r.label}-${r.entry.id}`}>
                <span class="relation">{relationLabel(r)}</span>{' '}
                <button type="button" class={`link kind-${r.entry.kind}`} onClick={() => onSelect(r.entry.id)}>
                  {r.entry.name}
                </button>
              </li>
            ))}
          </ul>
          {relations.length < entry.relations.length && (
            <button type="button" class="link" onClick={() => setAllRelationsOf(entry.id)}>
              {t('entryRelatedAll', entry.relations.length)}
            </button>
          )}
        </section>
      )}

      {entry.passages.length > 0 && (
        <section aria-label={t('entrySourcesLabel')}>
          <h3>{t('entrySources')}</h3>
          {entry.passages.map((p) => (
            <blockquote key={`${p.source.id}-${p.passage}`} class="passage">
              <p>
                <MarkedText text={p.text} marks={p.marks} />
              </p>
              <footer>
                <SourceLine source={p.source} />
                {p.section ? ` · ${p.section}` : ''}
                {onReadInContext && (
                  <>
                    {' · '}
                    <button type="button" class="link" onClick={() => onReadInContext(p)}>
                      {t('readInContext')}
                    </button>
                  </>
                )}
              </footer>
            </blockquote>
          ))}
          {entry.passageCount > entry.passages.length && (
            <p class="meta">{t('morePassages', entry.passageCount - entry.passages.length)}</p>
          )}
        </section>
      )}
    </div>
  );
}

/** The script the entry's title is in: whichever of its names `name` is. */
function scriptOf(entry: EntryCardData): NameScript {
  if (entry.name === entry.names.en) return 'en';
  return entry.name === entry.names['zh-Hant'] && entry.name !== entry.names['zh-Hans'] ? 'zh-Hant' : 'zh-Hans';
}

/** The `lang` of one of an entry's names, so screen readers and fonts read it right. */
function nameLang(entry: EntryCardData, name: string): string {
  if (name === entry.names.en) return 'en';
  return name === entry.names['zh-Hans'] ? 'zh-Hans' : 'zh-Hant';
}
