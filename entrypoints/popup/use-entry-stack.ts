import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { focusKey } from '@/components/popup/list-keys';
import { useLatest } from '@/components/useLatest';

/** An entry opened in the popup, and where focus and scroll were when it was opened. */
interface Frame {
  id: string;
  returnKey: string | null;
  scrollY: number;
}

/**
 * Entries opened one over another (a result, then a relation, then another): Back returns
 * to the previous one, and from the first to the row it was opened from, scrolled as it was.
 */
export function useEntryStack(root: () => HTMLElement | null) {
  const [stack, setStack] = useState<Frame[]>([]);
  const rootOf = useLatest(root);
  const leaving = useRef<Frame | null>(null);
  const open = stack[stack.length - 1] ?? null;

  useLayoutEffect(() => {
    const container = rootOf.current();
    if (stack.length > 0 || !leaving.current || !container) return;
    scrollTo(0, leaving.current.scrollY);
    focusKey(container, leaving.current.returnKey);
    leaving.current = null;
  }, [stack.length, rootOf]);

  const openEntry = (id: string) => {
    const returnKey = (document.activeElement as HTMLElement | null)?.dataset?.key ?? null;
    setStack((s) => [...s, { id, returnKey, scrollY }]);
  };
  const back = () => {
    leaving.current = open;
    setStack((s) => s.slice(0, -1));
  };
  return { open: open?.id ?? null, openEntry, back };
}
