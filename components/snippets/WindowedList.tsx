import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLatest } from '../useLatest';

interface WindowedListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  /** A first guess at a row's height, until it has been measured. */
  estimate: number;
  render: (item: T, index: number) => ComponentChildren;
  /** Pixels rendered beyond the visible area on each side, so fast scrolling shows no gaps. */
  overscan?: number;
  label: string;
  /** A new value starts the list from the top again (a new search or filter). */
  scrollKey?: string;
}

/** Index of the last row that starts at or before `y`. */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/**
 * A list that renders only the rows in view, so 10,000 snippets cost what 20 do. Rows may be
 * any height: each is measured once shown, and the row at the top of the view stays put when
 * rows above it change or new ones arrive.
 */
export function WindowedList<T>({ items, itemKey: keyProp, estimate, render, overscan = 600, label, scrollKey }: WindowedListProps<T>) {
  // Rows are keyed by what they show; a new key function each render changes nothing.
  const keyOf = useLatest(keyProp);
  const scroller = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [view, setView] = useState({ top: 0, height: 800 });

  const offsets = useMemo(() => {
    const out = new Float64Array(items.length + 1);
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + (heights.current.get(keyOf.current(items[i]!)) ?? estimate);
    return out;
    // `measured` counts the row heights measured into the ref: a new one recomputes offsets.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, measured, estimate, keyOf]);

  const anchor = useRef<{ key: string; delta: number } | null>(null);
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    anchor.current = null;
  }, [scrollKey]);

  // Keep the first visible row where the reader sees it when the rows above it change.
  useLayoutEffect(() => {
    const el = scroller.current;
    const kept = anchor.current;
    if (el && kept && el.scrollTop > 0) {
      const index = items.findIndex((item) => keyOf.current(item) === kept.key);
      if (index >= 0) {
        const top = offsets[index]! + kept.delta;
        if (Math.abs(top - el.scrollTop) > 1) el.scrollTop = top;
      }
    }
    if (el && items.length > 0) {
      const first = rowAt(offsets, el.scrollTop);
      anchor.current = { key: keyOf.current(items[first]!), delta: el.scrollTop - offsets[first]! };
    }
  }, [offsets, items, keyOf]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      setView({ top: el.scrollTop, height: el.clientHeight });
      const first = rowAt(offsets, el.scrollTop);
      if (items.length > 0) anchor.current = { key: keyOf.current(items[first]!), delta: el.scrollTop - offsets[first]! };
    };
    const onScroll = () => (frame ||= requestAnimationFrame(update));
    const resize = new ResizeObserver(onScroll);
    el.addEventListener('scroll', onScroll, { passive: true });
    resize.observe(el);
    update();
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [offsets, items, keyOf]);

  const observer = useMemo(
    () =>
      new ResizeObserver((entries) => {
        let changed = false;
        for (const entry of entries) {
          const el = entry.target as HTMLElement;
          const key = el.dataset.key!;
          const height = el.offsetHeight;
          if (height > 0 && heights.current.get(key) !== height) {
            heights.current.set(key, height);
            changed = true;
          }
        }
        if (changed) setMeasured((n) => n + 1);
      }),
    [],
  );
  useEffect(() => () => observer.disconnect(), [observer]);
  const measure = useCallback(
    (el: HTMLElement | null) => {
      if (!el) return;
      observer.observe(el);
      return () => observer.unobserve(el);
    },
    [observer],
  );

  const first = items.length ? rowAt(offsets, view.top - overscan) : 0;
  const last = items.length ? rowAt(offsets, view.top + view.height + overscan) : -1;
  const rows = [];
  for (let i = first; i <= last && i < items.length; i++) {
    const item = items[i]!;
    const key = keyOf.current(item);
    rows.push(
      <div
        key={key}
        data-key={key}
        ref={measure}
        class="window-row"
        role="listitem"
        aria-setsize={items.length}
        aria-posinset={i + 1}
        style={{ transform: `translateY(${offsets[i]}px)` }}
      >
        {render(item, i)}
      </div>,
    );
  }
  return (
    // Focusable, so a keyboard can scroll past the rows that are not rendered yet (arrows, Page Down).
    <div ref={scroller} class="window-scroller" tabIndex={0} role="region" aria-label={`${label}, scrollable`}>
      <div class="window-body" role="list" aria-label={label} style={{ height: `${offsets[items.length]}px` }}>
        {rows}
      </div>
    </div>
  );
}
