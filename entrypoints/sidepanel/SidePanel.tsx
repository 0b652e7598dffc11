import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { HistoryControls } from '@/components/history/HistoryControls';
import { OwnTermsEditor } from '@/components/own-terms/OwnTermsEditor';
import type { LinkTarget } from '@/components/own-terms/OwnTermForm';
import { t } from '@/lib/extension/i18n';

type View = 'snippets' | 'terms';

/** The side panel's views: saved snippets (with this page's entries), and the reader's own terms with the history's switch. */
export function SidePanel({ snippets, entries }: { snippets: ComponentChildren; entries: readonly LinkTarget[] }) {
  const [view, setView] = useState<View>(() => (location.hash === '#terms' ? 'terms' : 'snippets'));
  const tab = (id: View, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={view === id}
      aria-controls={`view-${id}`}
      class={view === id ? 'tab current' : 'tab'}
      onClick={() => setView(id)}
    >
      {label}
    </button>
  );
  return (
    <div class="side-panel">
      <nav class="panel-tabs" role="tablist" aria-label={t('panelViews')}>
        {tab('snippets', t('panelSnippets'))}
        {tab('terms', t('ownTitle'))}
      </nav>
      {view === 'snippets' ? (
        <div class="panel-view" role="tabpanel" id="view-snippets" aria-labelledby="tab-snippets">
          {snippets}
        </div>
      ) : (
        <div class="panel-view terms-view" role="tabpanel" id="view-terms" aria-labelledby="tab-terms">
          <OwnTermsEditor entries={entries} />
          <HistoryControls />
        </div>
      )}
    </div>
  );
}
