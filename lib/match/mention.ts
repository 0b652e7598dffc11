import type { Mention } from './types';

/** Every entry a mention names: the first, and those sharing its alias (declared shared). */
export function entriesOf(mention: Mention): number[] {
  return mention.also.length ? [mention.entry, ...mention.also] : [mention.entry];
}
