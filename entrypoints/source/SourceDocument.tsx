import { useEffect } from 'preact/hooks';
import { MarkedText } from '@/components/MarkedText';
import type { CardBuilder } from '@/lib/kb/card';
import { formatDate } from '@/lib/kb/format';
import type { Passage, Source } from '@/lib/kb/schema';
import type { KnowledgeBase } from '@/lib/kb/types';
import type { SourceAddress } from '@/lib/extension/source-page';

interface Props {
  index: KnowledgeBase;
  cards: CardBuilder;
  address: SourceAddress | null;
}

const KINDS: Record<Source['kind'], string> = {
  paper: 'Academic paper', news: 'News report', summary: 'Article summary', report: 'Report', official: 'Official document',
  encyclopedia: 'Encyclopedia article',
};
const LANGUAGES: Record<Source['language'], string> = { en: 'English', 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese' };

/** Consecutive passages under the same heading, so each heading is shown once. */
function sections(passages: Passage[]): { heading?: string; passages: Passage[] }[] {
  const out: { heading?: string; passages: Passage[] }[] = [];
  for (const p of passages) {
    const last = out[out.length - 1];
    if (last && last.heading === p.section) last.passages.push(p);
    else out.push({ ...(p.section ? { heading: p.section } : {}), passages: [p] });
  }
  return out;
}

/** Brings the passage named in the address (#passage-ID) into view, now and when the hash changes. */
function useScrollToPassage(): void {
  useEffect(() => {
    const show = () => {
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      document.querySelectorAll('[aria-current]').forEach((el) => el.removeAttribute('aria-current'));
      if (!target) return;
      target.setAttribute('aria-current', 'true');
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    };
    show();
    addEventListener('hashchange', show);
    return () => removeEventListener('hashchange', show);
  }, []);
}

/** A whole source document as the index holds it, with one passage brought into view and marked. */
export function SourceDocument({ index, cards, address }: Props) {
  const source = address ? index.sources.find((s) => s.id === address.source) : undefined;
  const entry = address?.entry ? cards.entryRef(address.entry) : null;
  useScrollToPassage();
  useEffect(() => {
    if (source) document.title = `${source.title} · Baylens`;
  }, [source]);
  if (!source) {
    return (
      <main class="document">
        <h1>This source is not in the index</h1>
        <p class="muted">The link may come from an older version of Baylens. Search the index from the toolbar button.</p>
      </main>
    );
  }
  const meta = [source.publisher, source.authors?.join(', '), formatDate(source.date)].filter(Boolean).join(' · ');
  return (
    <main class="document">
      <header class="document-head">
        <p class="muted">{KINDS[source.kind]} · {LANGUAGES[source.language]}</p>
        <h1>{source.title}</h1>
        {source.altTitle && <p class="alt-title" lang="zh">{source.altTitle}</p>}
        <p class="muted">{meta}</p>
        {source.licence && (
          <p class="licence">
            Quoted under <a href={source.licence.url} target="_blank" rel="noopener noreferrer">{source.licence.name}</a>; the passages are
            unchanged.
          </p>
        )}
        {source.url && (
          <p class="origin">
            Original: <a href={source.url} target="_blank" rel="noopener noreferrer">{source.url}</a>
          </p>
        )}
        {entry && <p class="marking">Mentions of <mark>{entry.name}</mark> are marked.</p>}
      </header>
      {sections(source.passages).map((s, n) => (
        <section key={n}>
          {s.heading && <h2>{s.heading}</h2>}
          {s.passages.map((p) => (
            <p key={p.id} id={`passage-${p.id}`} class="passage-text" tabIndex={-1}>
              <MarkedText text={p.text} marks={entry ? cards.mentionsOf(entry.id, p.text) : []} />
            </p>
          ))}
        </section>
      ))}
    </main>
  );
}
