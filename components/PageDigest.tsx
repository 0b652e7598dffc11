import { groupByKind, groupFigures, type FigureGroup } from '@/lib/digest/groups';
import type { FigureInfo } from '@/lib/kb/card';
import type { PageDigest as Digest } from '@/lib/protocol/page';
import { ENTRY_KINDS } from '@/lib/match/kinds';
import { t, tn } from '@/lib/extension/i18n';
import { kindLabel } from './kinds';

export type RevealTarget = 'entry' | 'figure';

/** The occurrence last shown on the page: "2 of 5" beside its row. */
export interface RevealPosition {
  target: RevealTarget;
  id: string;
  index: number;
  total: number;
}

interface Props {
  digest: Digest;
  /** Scroll the page to the next occurrence of an entry or figure. */
  onReveal: (target: RevealTarget, id: string) => void;
  position?: RevealPosition | null;
  /** Open everything about an entry; without it the rows only reveal. */
  onOpen?: (id: string) => void;
  figureInfo?: (id: string) => FigureInfo | null;
}

const KINDS: readonly string[] = ENTRY_KINDS;

/**
 * What a page mentions: entries by kind, most mentioned first, and the figures checked
 * against the sources. A row steps through its occurrences on the page; → or the ›
 * button opens the entry. Rows carry data-nav for arrow-key movement by the caller.
 */
export function PageDigest({ digest, onReveal, position, onOpen, figureInfo }: Props) {
  const at = (target: RevealTarget, id: string) =>
    position?.target === target && position.id === id ? (
      <span class="position" role="status">
        {t('digestPosition', position.index + 1, position.total)}
      </span>
    ) : null;
  const openOnRight = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight' && onOpen) {
      event.preventDefault();
      onOpen(id);
    }
  };
  const figures = groupFigures(digest.figures);
  return (
    <div class="digest">
      {groupByKind(digest.entries, KINDS).map((group) => (
        <section key={group.kind} class="digest-group" aria-label={kindLabel(group.kind, 'many')}>
          <h3>
            {kindLabel(group.kind, 'many')} <span class="count">{group.entries.length}</span>
          </h3>
          <ul>
            {group.entries.map((e) => (
              <li key={e.id} class="digest-row">
                <button
                  type="button"
                  class="row"
                  data-nav
                  data-key={`entry:${e.id}`}
                  title={t('digestRowTitle')}
                  onClick={() => onReveal('entry', e.id)}
                  onKeyDown={openOnRight(e.id)}
                >
                  <span class={`dot kind-${e.kind}`} aria-hidden="true" />
                  <span class="row-name" title={e.name}>
                    {e.name}
                  </span>
                  <span class="count">
                    {e.count}
                    <span class="sr-only">{' ' + tn('mentions', e.count)}</span>
                  </span>
                </button>
                {at('entry', e.id)}
                {onOpen && (
                  <button
                    type="button"
                    class="icon"
                    tabIndex={-1}
                    aria-label={t('digestAbout', e.name)}
                    title={t('digestAboutTitle')}
                    onClick={() => onOpen(e.id)}
                  >
                    ›
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {figures.length > 0 && (
        <section class="digest-group" aria-label={t('digestFigures')}>
          <h3>
            {t('digestFigures')} <span class="count">{figures.length}</span>
          </h3>
          <ul>
            {figures.map((f) => (
              <li key={f.id} class="digest-row">
                <FigureRow figure={f} info={figureInfo?.(f.id) ?? null} onReveal={() => onReveal('figure', f.id)} />
                {at('figure', f.id)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function FigureRow({ figure, info, onReveal }: { figure: FigureGroup; info: FigureInfo | null; onReveal: () => void }) {
  return (
    <button
      type="button"
      class="row figure-row"
      data-nav
      data-key={`figure:${figure.id}`}
      title={t('digestFigureTitle')}
      onClick={onReveal}
    >
      <span class="numbers">
        {figure.numbers.map((n) => (
          <span key={n.surface + n.status} class={`number ${n.status}`}>
            <span class="verdict" aria-hidden="true">
              {n.status === 'match' ? '✓' : '≠'}
            </span>
            {n.surface}
            {n.count > 1 ? ` ×${n.count}` : ''}
            <span class="sr-only">{t(n.status === 'match' ? 'figureAgrees' : 'figureDiffers')}</span>
          </span>
        ))}
      </span>
      {info && (
        <span class="figure-about">
          {info.measure} · {info.subject}
          {figure.mismatch && <span class="figure-source"> · {t('figureSourceSays', info.display)}</span>}
        </span>
      )}
    </button>
  );
}
