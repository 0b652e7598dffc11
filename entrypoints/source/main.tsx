import { render } from 'preact';
import index from 'virtual:baylens/index';
import { CardBuilder } from '@/lib/kb/card';
import { readSourceAddress } from '@/lib/extension/source-page';
import { SourceDocument } from './SourceDocument';
import '@/components/theme.css';
import './source.css';

render(
  <SourceDocument index={index} cards={new CardBuilder(index)} address={readSourceAddress(new URL(location.href))} />,
  document.getElementById('app')!,
);
