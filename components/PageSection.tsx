import { useLayoutEffect } from 'preact/hooks';
import type { FigureInfo } from '@/lib/kb/card';
import { PageDigest, type RevealPosition, type RevealTarget } from './PageDigest';
import { PageState } from './popup/PageState';
import { PdfOffer } from './popup/PdfOffer';
import type { PageView } from './usePage';
import { t, tn } from '@/lib/extension/i18n';
import { testMark } from '@/lib/testing/test-build';

interface Props {
  view: PageView;
  /** Whether highlighting is on for a site; null until settings are read. */
  highlighted: (host: string) => boolean | null;
  position: RevealPosition | null;
  /** What an indexed figure measures, where the caller has the index loaded. */
  figureInfo?: (id: string) => FigureInfo | null;
  onReveal: (target: RevealTarget, id: string) => void;
  /** Open everything about an entry; without it the rows only reveal. */
  onOpen?: (id: string) => void;
}

/** The current tab in the popup or side panel: its digest, or why there is none. */
export function PageSection({ view, highlighted, position, figureInfo, onReveal, onOpen }: Props) {
  useLayoutEffect(() => {
    if (view.status === 'ready') testMark('baylens:digest-shown');
  }, [view.status]);
  const hello = view.status === 'ready' || view.status === 'reading' ? view.hello : null;
  const summary =
    view.status === 'ready'
      ? t('pageDigestSummary', tn('entries', view.digest.entries.length), tn('figures', view.digest.figures.length))
      : '';
  return (
    <section class="page-section" aria-label={t('pageSectionLabel')}>
      {/* Present from the start, so screen readers announce the digest when it arrives. */}
      <p class="sr-only" role="status" aria-live="polite" data-testid="digest-announcement">
        {summary}
      </p>
      {hello && (
        <p class="page-line">
          <strong>{t('pageSectionLabel')}</strong>
          <span title={hello.url}>{hello.title || hello.host || hello.url}</span>
        </p>
      )}
      {view.status === 'loading' || view.status === 'reading' ? (
        <PageState status="reading" />
      ) : view.status === 'restricted' ? (
        <PageState status="restricted" />
      ) : view.status === 'pdf' ? (
        <PdfOffer tabId={view.tabId} url={view.url} />
      ) : view.digest.entries.length === 0 && view.digest.figures.length === 0 ? (
        <PageState status={highlighted(view.hello.host) === false ? 'off' : 'empty'} />
      ) : (
        <PageDigest digest={view.digest} position={position} onReveal={onReveal} onOpen={onOpen} figureInfo={figureInfo} />
      )}
    </section>
  );
}
