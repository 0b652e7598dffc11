import index from 'virtual:baylens/index';
import pairs from 'virtual:baylens/simplified';
import { CardBuilder } from '@/lib/kb/card';
import { Matcher } from '@/lib/match/matcher';
import { TextFolder } from '@/lib/search/fold';
import { KnowledgeSearch } from '@/lib/search/knowledge-search';

/**
 * The whole index and what the popup builds from it. Its own chunk, loaded after the first
 * paint: the popup shows itself first and the page's digest needs none of this.
 */
export class Knowledge {
  readonly index = index;
  private readonly matcher = new Matcher(index.matcher);
  readonly cards = new CardBuilder(index, this.matcher);
  private built: KnowledgeSearch | null = null;

  /** The search index, built on first use; `prepare` builds it while the reader looks. */
  get search(): KnowledgeSearch {
    if (!this.built) {
      const start = performance.now();
      this.built = new KnowledgeSearch(index, new TextFolder(pairs), this.matcher);
      // A User Timing measure: the benchmark reads how long the build took.
      performance.measure('baylens:search-built', { start, end: performance.now() });
    }
    return this.built;
  }

  prepare(): void {
    void this.search;
  }
}

export const knowledge = new Knowledge();
