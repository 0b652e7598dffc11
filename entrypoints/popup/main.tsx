import { render } from 'preact';
import index from 'virtual:baylens/index';
import { IndexSummary } from '@/components/IndexSummary';
import '@/components/theme.css';

render(<IndexSummary index={index} />, document.getElementById('app')!);
