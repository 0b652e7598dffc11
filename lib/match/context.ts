import type { AmbiguityData, Mention } from './types';

/** Whether a mention of an unambiguous alias in `mentions` is context for `rule`. */
function hasContext(rule: AmbiguityData, mentions: readonly Mention[]): boolean {
  for (const m of mentions) {
    if (m.ambiguous) continue;
    if (!rule.with || rule.with.includes(m.entry) || m.also.some((e) => rule.with!.includes(e))) return true;
  }
  return false;
}

/**
 * What a page (or a document) has said unambiguously so far: the entries whose names it
 * carries that have no other meaning. Ambiguous aliases ("GBA", "the Loop", 中山) stand only
 * with such context.
 */
export class PageContext {
  private readonly seen = new Set<number>();

  /** Records a block's unambiguous mentions; true when the page learned something new. */
  add(mentions: readonly Mention[]): boolean {
    const before = this.seen.size;
    for (const m of mentions) {
      if (m.ambiguous) continue;
      this.seen.add(m.entry);
      for (const e of m.also) this.seen.add(e);
    }
    return this.seen.size > before;
  }

  has(rule: AmbiguityData): boolean {
    if (!rule.with) return this.seen.size > 0;
    return rule.with.some((e) => this.seen.has(e));
  }
}

/**
 * Splits one block's mentions into those that stand (unambiguous ones, and ambiguous ones
 * with their context in the block or already on the page) and those that wait for the rest
 * of the page (`within: page` without context yet). The rest are dropped. The caller has
 * recorded the block in `page` (PageContext.add) first.
 */
export function keepInContext(mentions: readonly Mention[], page: PageContext): { kept: Mention[]; waiting: Mention[] } {
  const kept: Mention[] = [];
  const waiting: Mention[] = [];
  for (const m of mentions) {
    const rule = m.ambiguous;
    if (!rule || hasContext(rule, mentions)) kept.push(m);
    else if (rule.within === 'page') (page.has(rule) ? kept : waiting).push(m);
  }
  return { kept, waiting };
}
