import { useEffect } from 'preact/hooks';
import { send } from '@/lib/extension/send';
import { t } from '@/lib/extension/i18n';
import type { Settings } from '@/lib/protocol/settings';
import { useSettings } from '../useSettings';
import { HighlightSection } from './HighlightSection';
import { HoverDelaySection } from './HoverDelaySection';
import { LanguageSection } from './LanguageSection';
import { PdfSection } from './PdfSection';
import { SitesSection } from './SitesSection';
import { TransferSection } from './TransferSection';
import { HistoryControls } from '../history/HistoryControls';
import { OwnTermsEditor } from '../own-terms/OwnTermsEditor';
import type { LinkTarget } from '../own-terms/OwnTermForm';

/** A change as the background takes it; every open tab follows through storage. */
export type Change = (patch: Partial<Settings>) => Promise<unknown>;

const change: Change = (patch) => send({ type: 'settings:set', patch });

/**
 * The options page: every setting in one place, applied as soon as it changes, and the
 * reader's own terms and reading history. `entries` are the index's, for linking terms to them.
 */
export function OptionsPage({ entries }: { entries: readonly LinkTarget[] }) {
  const settings = useSettings();
  const loaded = settings !== null;
  // Opened at a section (the popup's hover-delay link): bring it into view once it is drawn.
  useEffect(() => {
    if (!loaded || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, [loaded]);
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      {settings && (
        <>
          <LanguageSection settings={settings} change={change} />
          <HighlightSection settings={settings} change={change} />
          <HoverDelaySection settings={settings} change={change} />
          <SitesSection settings={settings} change={change} />
          <PdfSection settings={settings} change={change} />
          <TransferSection settings={settings} />
          <div id="terms">
            <OwnTermsEditor entries={entries} level={2} />
          </div>
          <div id="history">
            <HistoryControls level={2} />
          </div>
        </>
      )}
    </main>
  );
}
