import { useEffect } from 'preact/hooks';
import { MarkedText } from '@/components/MarkedText';
import { Sentence } from '@/components/Sentence';
import type { CardBuilder } from '@/lib/kb/card';
import { formatDate } from '@/lib/kb/format';
import type { Passage, Source } from '@/lib/kb/schema';
import type { KnowledgeBase } from '@/lib/kb/types';
import type { SourceAddress } from '@/lib/extension/source-page';
import { t, type MessageKey } from '@/lib/extension/i18n';

interface Props {
  index: KnowledgeBase;
  cards: CardBuilder;
  address: SourceAddress | null;
}

const KINDS: Record<Source['kind'], MessageKey> = {
  paper: 'sourceKindPaper',
  news: 'sourceKindNews',
  summary: 'sourceKindSummary',
  report: 'sourceKindReport',
  official: 'sourceKindOfficial',
  encyclopedia: 'sourceKindEncyclopedia',
};
const LANGUAGES: Record<Source['language'], MessageKey> = {
  en: 'sourceLanguageEn',
  'zh-Hans': 'sourceLanguageHans',
  'zh-Hant': 'sourceLanguageHant',
};

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
    document.title = source ? t('sourcePageTitle', source.title) : t('sourcePageTitleEmpty');
  }, [source]);
  if (!source) {
    return (
      <main class="document">
        <h1>{t('sourceMissingTitle')}</h1>
        <p class="muted">{t('sourceMissingBody')}</p>
      </main>
    );
  }
  const meta = [source.publisher, source.authors?.join(', '), formatDate(source.date)].filter(Boolean).join(' · ');
  return (
    <main class="document">
      <header class="document-head">
        <p class="muted">
          {t(KINDS[source.kind])} · {t(LANGUAGES[source.language])}
        </p>
        <h1>{source.title}</h1>
        {source.altTitle && (
          <p class="alt-title" lang="zh">
            {source.altTitle}
          </p>
        )}
        <p class="muted">{meta}</p>
        {source.licence && (
          <p class="licence">
            <Sentence message={t('sourceLicence', '\u0000')}>
              <a href={source.licence.url} target="_blank" rel="noopener noreferrer">
                {source.licence.name}
              </a>
            </Sentence>
          </p>
        )}
        {source.url && (
          <p class="origin">
            {t('sourceOriginal')}{' '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.url}
            </a>
          </p>
        )}
        {entry && (
          <p class="marking">
            <Sentence message={t('sourceMarking', '\u0000')}>
              <mark>{entry.name}</mark>
            </Sentence>
          </p>
        )}
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
