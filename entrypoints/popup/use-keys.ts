import { useEffect } from 'preact/hooks';
import { moveFocus } from '@/components/popup/list-keys';

interface Keys {
  root: () => HTMLElement | null;
  /** An entry is open: Escape goes back and arrows are left to the page. */
  inEntry: boolean;
  query: string;
  back: () => void;
  clear: () => void;
}

/**
 * The popup's keys: ↑ and ↓ move between the search field and the rows below it, Escape
 * goes back from an entry, then clears the search. With nothing to undo, Escape is left to
 * the browser, which closes the popup.
 */
export function usePopupKeys({ root, inEntry, query, back, clear }: Keys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key === 'Escape' && (inEntry || query)) {
        event.preventDefault();
        if (inEntry) back();
        else clear();
      } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !inEntry) {
        const container = root();
        if (!container || (!target.hasAttribute('data-nav') && target !== document.body)) return;
        if (moveFocus(container, event.key === 'ArrowDown' ? 1 : -1)) event.preventDefault();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });
}
