import { z } from 'zod';
import { render } from 'preact';
import index from 'virtual:baylens/index';
import { OptionsPage } from '@/components/options/OptionsPage';
import { nameIn, nameScriptFor } from '@/lib/i18n/names';
import { currentLanguage, t } from '@/lib/extension/i18n';
import { startInterface } from '@/lib/extension/interface-language';
import '@/components/theme.css';
import '@/components/options/options.css';
import '@/components/own-terms/own-terms.css';

// Extension pages forbid eval: zod must not try to compile its parsers.
z.config({ jitless: true });

const show = () => {
  document.title = t('optionsTitle');
  // Keyed by language: a new language renders every string again.
  const script = nameScriptFor(currentLanguage());
  const entries = index.entries.map((e) => ({ id: e.id, name: nameIn(e.names, script) }));
  render(<OptionsPage key={currentLanguage()} entries={entries} />, document.getElementById('app')!);
};
void startInterface(show).then(show);
