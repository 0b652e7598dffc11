import index from 'virtual:baylens/index';
import { Matcher } from '@/lib/match/matcher';

let matcher: Matcher | null = null;

/** The index's matcher in the background, prepared on first use (about a millisecond). */
export function indexMatcher(): Matcher {
  matcher ??= new Matcher(index.matcher);
  return matcher;
}
