import { render } from 'preact';
import { Popup } from './Popup';
import '@/components/theme.css';

render(<Popup />, document.getElementById('app')!);
