import { render } from 'preact';
import { Popup } from './Popup';
import '@/components/theme.css';

render(<Popup />, document.getElementById('app')!);
// Rendered (not yet painted): the benchmark sets this against the browser's paint timing.
performance.mark('baylens:popup-rendered');
