import { packMatcher } from '../match/build-tables';
import type { MatcherData, PatternData } from '../match/types';
import type { NameFolder } from './fold';
import type { OwnTerm } from './schema';

/**
 * The reader's own terms as matcher tables, built at run time by the same builder the index
 * uses at build time (packMatcher, which also reads every name back through the tables).
 * Entry ids are the terms' ids; a name two terms share goes to the first (the store refuses
 * such a pair, so this happens only with damaged data). Null when there is nothing to match.
 */
export function ownMatcherData(terms: readonly OwnTerm[], folder: NameFolder): MatcherData | null {
  const byText = new Map<string, PatternData>();
  terms.forEach((term, entry) => {
    for (const name of term.names) {
      const text = folder.fold(name);
      if (!text) continue;
      const exact = folder.exact(name);
      const known = byText.get(text);
      if (!known) {
        byText.set(text, { text, targets: [entry], ...(exact ? { exact: [exact] } : {}) });
      } else if (known.targets[0] === entry) {
        // A loose form of the same name makes the whole name loose; two exact forms are both kept.
        if (!exact) delete known.exact;
        else if (known.exact && !known.exact.includes(exact)) known.exact.push(exact);
      }
    }
  });
  if (byText.size === 0) return null;
  const patterns = [...byText.values()];
  return packMatcher(
    folder.pairsFor(patterns.map((p) => p.text)),
    terms.map((t) => ({ id: t.id, kind: t.kind })),
    patterns,
    [],
  );
}
