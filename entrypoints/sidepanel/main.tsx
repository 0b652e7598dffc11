import { render } from 'preact';
import '@/components/theme.css';

function SidePanel() {
  return (
    <main class="panel">
      <h1>Saved snippets</h1>
      <p class="muted">Nothing saved yet.</p>
    </main>
  );
}

render(<SidePanel />, document.getElementById('app')!);
