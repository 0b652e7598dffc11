import { render } from 'preact';
import index from 'virtual:baylens/index';
import { CardBuilder } from '@/lib/kb/card';
import { readSourceAddress } from '@/lib/extension/source-page';
import { currentLanguage } from '@/lib/extension/i18n';
import { startInterface } from '@/lib/extension/interface-language';
import { nameScriptFor } from '@/lib/i18n/names';
import { SourceDocument } from './SourceDocument';
import '@/components/theme.css';
import './source.css';

const show = () =>
  render(
    <SourceDocument
      index={index}
      cards={new CardBuilder(index, undefined, nameScriptFor(currentLanguage()))}
      address={readSourceAddress(new URL(location.href))}
    />,
    document.getElementById('app')!,
  );
void startInterface(show).then(show);
