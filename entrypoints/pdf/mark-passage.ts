import { rangeIn, textBlocks } from '@/lib/page/blocks';
import { findPassage } from '@/lib/pdf/find-passage';

/** The passage a snippet link opens at: one highlight of its own, above the kind colours. */
const PASSAGE = 'baylens-passage';

/** Marks a saved passage on a page's text layer and brings it into view; false when it is not there. */
export function markPassage(layer: HTMLElement, passage: string): boolean {
  for (const block of textBlocks(layer)) {
    const found = findPassage(block.text, passage);
    if (!found) continue;
    const { range } = rangeIn(block, found[0], found[1]);
    const highlight = new Highlight(range);
    highlight.priority = 2;
    CSS.highlights.set(PASSAGE, highlight);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    return true;
  }
  return false;
}
