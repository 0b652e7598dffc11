import { useMemo } from 'preact/hooks';
import type { KnowledgeBase } from '@/lib/kb/types';
import { CardBuilder } from '@/lib/kb/card';
import { highlightsOn } from '@/lib/protocol/settings';
import { PageSection } from './PageSection';
import { usePage } from './usePage';
import { useSettings } from './useSettings';
import { t } from '@/lib/extension/i18n';

/**
 * The side panel's "This page": what the tab beside it mentions, as the popup shows it, and
 * kept in step as the reader switches tabs or follows links.
 */
export function ThisPage({ index }: { index: KnowledgeBase }) {
  const settings = useSettings();
  const highlighted = (host: string) => (settings ? highlightsOn(settings, host) : null);
  const { view, position, reveal } = usePage(highlighted, true);
  const cards = useMemo(() => new CardBuilder(index), [index]);
  return (
    <details class="this-page" open>
      <summary>{t('panelThisPage')}</summary>
      <PageSection view={view} highlighted={highlighted} position={position} figureInfo={(id) => cards.figureInfo(id)} onReveal={reveal} />
    </details>
  );
}
