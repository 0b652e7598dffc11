import { render } from 'preact';
import { Popup } from './Popup';
import { startInterface } from '@/lib/extension/interface-language';
import '@/components/theme.css';
import { testMark } from '@/lib/testing/test-build';

void startInterface().then(() => {
  render(<Popup />, document.getElementById('app')!);
  // Rendered (not yet painted): the benchmark sets this against the browser's paint timing.
  testMark('baylens:popup-rendered');
});
