import { z } from 'zod';
import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import { currentLanguage, t } from '@/lib/extension/i18n';
import { startInterface } from '@/lib/extension/interface-language';
import '@/components/theme.css';
import '@/components/options/options.css';

// Extension pages forbid eval: zod must not try to compile its parsers.
z.config({ jitless: true });

const show = () => {
  document.title = t('optionsTitle');
  // Keyed by language: a new language renders every string again.
  render(<OptionsPage key={currentLanguage()} />, document.getElementById('app')!);
};
void startInterface(show).then(show);
