import { render } from 'preact';
import { Popup } from './Popup';
import { startInterface } from '@/lib/extension/interface-language';
import '@/components/theme.css';

void startInterface().then(() => {
  render(<Popup />, document.getElementById('app')!);
  // Rendered (not yet painted): the benchmark sets this against the browser's paint timing.
  performance.mark('baylens:popup-rendered');
});
