import type { Matcher } from '../match/matcher';
import { entriesOf } from '../match/mention';

/**
 * Entry ids a text mentions, in order of first mention: a snippet's automatic tags. An alias
 * two entries share (declared in the data) tags both.
 */
export function entriesIn(matcher: Matcher, text: string): string[] {
  const ids = new Set<string>();
  for (const mention of matcher.findMentions(text)) {
    for (const entry of entriesOf(mention)) ids.add(matcher.entryId(entry));
  }
  return [...ids];
}
