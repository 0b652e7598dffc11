import { z } from 'zod';
import { render } from 'preact';
import index from 'virtual:baylens/index';
import simplifiedPairs from 'virtual:baylens/simplified';
import { SnippetsPanel } from '@/components/snippets/SnippetsPanel';
import { ThisPage } from '@/components/ThisPage';
import { entryDirectory } from '@/lib/snippets/entry-names';
import { currentLanguage, t } from '@/lib/extension/i18n';
import { startInterface } from '@/lib/extension/interface-language';
import { nameIn, nameScriptFor } from '@/lib/i18n/names';
import { SidePanel } from './SidePanel';
import '@/components/theme.css';
import '@/components/snippets/snippets.css';
import '@/components/own-terms/own-terms.css';
import '@/components/digest.css';

// Extension pages forbid eval: zod must not try to compile its parsers.
z.config({ jitless: true });

const show = () => {
  document.title = t('sidepanelTitle');
  const script = nameScriptFor(currentLanguage());
  render(
    <SidePanel
      key={currentLanguage()}
      entries={index.entries.map((e) => ({ id: e.id, name: nameIn(e.names, script) }))}
      snippets={
        <>
          <ThisPage index={index} />
          <SnippetsPanel entries={entryDirectory(index.entries, script)} simplifiedPairs={simplifiedPairs} />
        </>
      }
    />,
    document.getElementById('app')!,
  );
};
void startInterface(show).then(show);
