import type { KnowledgeBase } from '@/lib/kb/types';
import { ENTRY_KINDS } from '@/lib/kb/schema';
import { KIND_LABELS } from './kinds';

/** What the bundled index holds, so a reader knows what Baylens can recognise. */
export function IndexSummary({ index }: { index: KnowledgeBase }) {
  const passages = index.sources.reduce((n, s) => n + s.passages.length, 0);
  return (
    <section>
      <h1>Baylens</h1>
      <p class="muted">
        {index.entries.length} entries, {index.figures.length} figures and {passages} source passages, all offline.
      </p>
      <ul class="kinds">
        {ENTRY_KINDS.map((kind) => (
          <li key={kind} class={`kind kind-${kind}`}>
            <span>{KIND_LABELS[kind].many}</span>
            <span class="count">{index.entries.filter((e) => e.kind === kind).length}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
