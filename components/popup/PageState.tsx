import type { ComponentChildren } from 'preact';

export type PageStatus = 'reading' | 'restricted' | 'empty' | 'off';

const MESSAGES: Record<PageStatus, { title: string; body: ComponentChildren }> = {
  reading: { title: 'Reading this page…', body: null },
  restricted: {
    title: 'Baylens cannot read this tab',
    body: (
      <>
        Browser pages, the extension store and extension pages are closed to extensions. On an ordinary web
        page that was already open when Baylens was installed or updated, reload the page. The search above
        works everywhere.
      </>
    ),
  },
  empty: {
    title: 'Nothing from the index on this page',
    body: <>No place, zone, plan or figure that Baylens knows is named here. The search above covers the whole index.</>,
  },
  off: {
    title: 'Highlighting is off here',
    body: <>So Baylens has not read this page. Turn highlighting on below to see what it mentions.</>,
  },
};

/** What the popup says instead of a digest: a clear reason, never an empty box. */
export function PageState({ status }: { status: PageStatus }) {
  const { title, body } = MESSAGES[status];
  return (
    <div class={`state state-${status}`} role="status">
      <p class="state-title">{title}</p>
      {body && <p class="muted">{body}</p>}
    </div>
  );
}
