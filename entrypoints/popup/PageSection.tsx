import { useLayoutEffect } from 'preact/hooks';
import { PageDigest, type RevealPosition, type RevealTarget } from '@/components/PageDigest';
import { PageState } from '@/components/popup/PageState';
import type { Knowledge } from './knowledge';
import type { PageView } from './use-page';

interface Props {
  view: PageView;
  /** Whether highlighting is on for a site; null until settings are read. */
  highlighted: (host: string) => boolean | null;
  position: RevealPosition | null;
  knowledge: Knowledge | null;
  onReveal: (target: RevealTarget, id: string) => void;
  onOpen: (id: string) => void;
}

/** The current tab in the popup: its digest, or why there is none. */
export function PageSection({ view, highlighted, position, knowledge, onReveal, onOpen }: Props) {
  useLayoutEffect(() => {
    if (view.status === 'ready') performance.mark('baylens:digest-shown');
  }, [view.status]);
  const figureInfo = (id: string) => {
    const card = knowledge?.cards.figureCard(id);
    return card ? { measure: card.figure.measure, display: card.figure.display, subject: card.subject.name } : null;
  };
  const hello = view.status === 'ready' || view.status === 'reading' ? view.hello : null;
  return (
    <section aria-label="On this page">
      {hello && (
        <p class="page-line">
          <strong>On this page</strong>
          <span title={hello.url}>{hello.title || hello.host || hello.url}</span>
        </p>
      )}
      {view.status === 'loading' || view.status === 'reading' ? (
        <PageState status="reading" />
      ) : view.status === 'restricted' ? (
        <PageState status="restricted" />
      ) : view.digest.entries.length === 0 && view.digest.figures.length === 0 ? (
        <PageState status={highlighted(view.hello.host) === false ? 'off' : 'empty'} />
      ) : (
        <PageDigest digest={view.digest} position={position} onReveal={onReveal} onOpen={onOpen} figureInfo={figureInfo} />
      )}
    </section>
  );
}
