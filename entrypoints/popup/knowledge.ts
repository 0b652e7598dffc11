import index from 'virtual:baylens/index';
import pairs from 'virtual:baylens/simplified';
import { CardBuilder } from '@/lib/kb/card';
import { Matcher } from '@/lib/match/matcher';
import { TextFolder } from '@/lib/search/fold';
import { KnowledgeSearch } from '@/lib/search/knowledge-search';
import { testMeasure } from '@/lib/testing/test-build';

/** Work per idle slice while building the search index, well under a frame. */
const SLICE_MS = 8;

/**
 * The whole index and what the popup builds from it. Its own chunk, loaded after the first
 * paint: the popup shows itself first and the page's digest needs none of this.
 */
export class Knowledge {
  readonly index = index;
  private readonly matcher = new Matcher(index.matcher);
  readonly cards = new CardBuilder(index, this.matcher);
  private built: KnowledgeSearch | null = null;

  /** The search; its index is completed on first use if idle time has not finished it. */
  get search(): KnowledgeSearch {
    this.built ??= new KnowledgeSearch(index, new TextFolder(pairs), this.matcher);
    return this.built;
  }

  /** Builds the search index in idle slices, so a click right after opening is not kept waiting. */
  prepare(): void {
    const start = performance.now();
    let busy = 0;
    let longest = 0;
    const slice = (deadline: IdleDeadline) => {
      const from = performance.now();
      const budget = deadline.didTimeout ? SLICE_MS : Math.min(SLICE_MS, deadline.timeRemaining());
      const done = this.search.indexSome(() => performance.now() - from > budget);
      const spent = performance.now() - from;
      busy += spent;
      longest = Math.max(longest, spent);
      if (!done) return void requestIdleCallback(slice, { timeout: 200 });
      // Test build only: the benchmark reads the work done and the longest slice.
      testMeasure('baylens:search-built', start, { busy, longest });
    };
    requestIdleCallback(slice, { timeout: 200 });
  }
}

export const knowledge = new Knowledge();
