import { useRef } from 'preact/hooks';

/**
 * The latest value of a prop, for effects that call it without re-running when the parent
 * passes a new function each render.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
