import type { CardPassage, EntryCardData, SourceRef } from '@/lib/kb/card';
import { KIND_LABELS } from './kinds';
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

/** Everything about one entry: the body of the hover card and of the popup's entry view. */
export function EntryView({ entry, onSelect, onReadInContext }: Props) {
  const zh = entry.names['zh-Hans'] === entry.names['zh-Hant'] ? entry.names['zh-Hans'] : `${entry.names['zh-Hans']} · ${entry.names['zh-Hant']}`;
  return (
    <div class="entry">
      <p class="zh" lang="zh">{zh}</p>
      <p class="badges">
        <span class={`badge kind-${entry.kind}`}>{KIND_LABELS[entry.kind].one}</span>
        {entry.proposal && <span class="badge proposal">Proposal</span>}
      </p>
      <p class="description">{entry.description}</p>

      {entry.figures.length > 0 && (
        <section aria-label="Key figures">
          <h3>Key figures</h3>
          <ul class="figures">
            {entry.figures.map((f) => (
              <li key={f.id}>
                <strong>{f.display}</strong> <span class="measure">{f.measure}</span>
                <span class="meta">
                  as of {f.asOf} · <SourceLine source={f.source} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {entry.relations.length > 0 && (
        <section aria-label="Related entries">
          <h3>Related</h3>
          <ul class="relations">
            {entry.relations.map((r) => (
              <li key={`${r.label}-${r.entry.id}`}>
                <span class="relation">{r.label}</span>{' '}
                <button type="button" class={`link kind-${r.entry.kind}`} onClick={() => onSelect(r.entry.id)}>
                  {r.entry.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {entry.passages.length > 0 && (
        <section aria-label="Sources">
          <h3>In the sources</h3>
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
                    <button type="button" class="link" onClick={() => onReadInContext(p)}>Read in context</button>
                  </>
                )}
              </footer>
            </blockquote>
          ))}
          {entry.passageCount > entry.passages.length && (
            <p class="meta">and {entry.passageCount - entry.passages.length} more passages</p>
          )}
        </section>
      )}
    </div>
  );
}
