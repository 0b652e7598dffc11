import type { PageHighlights } from '@/lib/page/highlights';
import type { Mark, PageMarks } from '@/lib/page/marks';
import type { RevealResult } from '@/lib/protocol/page';

/**
 * Stepping through a page's highlights in reading order (the keyboard commands) or through
 * one entry's occurrences (the popup's digest): the current one is marked and scrolled to.
 */
export class Stepper {
  private readonly highlights: PageHighlights;
  private readonly marks: PageMarks;
  private current: Mark | null = null;

  constructor(highlights: PageHighlights, marks: PageMarks) {
    this.highlights = highlights;
    this.marks = marks;
  }

  /** The next or previous highlight, now the current one; null on a page without any. */
  step(direction: 'next' | 'previous'): Mark | null {
    const all = this.marks.ordered();
    if (all.length === 0) return null;
    const at = this.current ? all.indexOf(this.current) : -1;
    const next = at === -1 ? (direction === 'next' ? 0 : all.length - 1) : (at + (direction === 'next' ? 1 : -1) + all.length) % all.length;
    const mark = all[next]!;
    this.makeCurrent(mark);
    return mark;
  }

  /** The next occurrence of one entry or figure, now the current one; null when it is gone. */
  reveal(id: string, target: 'entry' | 'figure'): RevealResult | null {
    const all = this.marks.ordered().filter((m) => m.target.type === target && m.target.id === id);
    if (all.length === 0) return null;
    const at = this.current ? all.indexOf(this.current) : -1;
    const mark = all[(at + 1) % all.length]!;
    this.makeCurrent(mark);
    return { index: all.indexOf(mark), total: all.length };
  }

  /** Forgets the current highlight (the page's highlights were cleared). */
  reset(): void {
    this.current = null;
  }

  private makeCurrent(mark: Mark): void {
    if (this.current) this.highlights.delete('current', this.current.range);
    this.current = mark;
    this.highlights.add('current', mark.range);
    this.highlights.flush();
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }
}
