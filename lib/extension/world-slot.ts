/** A value the scripts of one world share, on that world's global object (see worldSlot). */
export interface WorldSlot<T> {
  get(): T | undefined;
  /** Puts `value` in the slot and gives it back. */
  set(value: T): T;
  /** The value, taken out of the slot. */
  take(): T | undefined;
}

/**
 * A value kept on the global object under `name`, so every script of one world shares it: in a
 * page, the early script, the content script and the card's script, which all run in the
 * extension's isolated world (a page cannot see that world's global object); in an extension
 * page, its own scripts.
 */
export function worldSlot<T>(name: `__baylens${string}`): WorldSlot<T> {
  const scope = globalThis as unknown as Record<string, T | undefined>;
  return {
    get: () => scope[name],
    set: (value) => (scope[name] = value),
    take: () => {
      const value = scope[name];
      delete scope[name];
      return value;
    },
  };
}
