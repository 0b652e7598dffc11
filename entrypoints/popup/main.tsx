import { render } from 'preact';
import { Popup } from './Popup';
import '@/components/theme.css';
import { testMark } from '@/lib/testing/test-build';

render(<Popup />, document.getElementById('app')!);
// Rendered (not yet painted): the benchmark sets this against the browser's paint timing.
testMark('baylens:popup-rendered');
