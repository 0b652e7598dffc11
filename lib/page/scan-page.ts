import { Matcher } from '../match/matcher';
import { linkFigures } from '../match/figures';
import { textBlocks, rangeIn } from './blocks';
import type { PageHighlights } from './highlights';

/** Longest stretch of work in one task before giving the page its main thread back. */
const SLICE_MS = 8;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface PageScanStats {
  blocks: number;
  mentions: number;
  figures: number;
}

/**
 * Scans a subtree in short slices and registers a highlight range for every mention and
 * every linked figure. Stops early when `signal` aborts (page left, highlighting turned off).
 */
export async function highlightSubtree(
  root: Node,
  matcher: Matcher,
  highlights: PageHighlights,
  signal: AbortSignal,
): Promise<PageScanStats> {
  const stats: PageScanStats = { blocks: 0, mentions: 0, figures: 0 };
  const entries = matcher.data.entries;
  const blocks = textBlocks(root, root.ownerDocument ?? document);
  let deadline = performance.now() + SLICE_MS;
  for (const block of blocks) {
    if (signal.aborted) return stats;
    stats.blocks++;
    const mentions = matcher.findMentions(block.text);
    if (mentions.length > 0) {
      for (const m of mentions) highlights.add(entries[m.entry]!.kind, rangeIn(block, m.start, m.end));
      stats.mentions += mentions.length;
      for (const f of linkFigures(block.text, mentions, matcher.data.figures)) {
        highlights.add(f.status === 'match' ? 'figure' : 'mismatch', rangeIn(block, f.start, f.end));
        stats.figures++;
      }
    }
    if (performance.now() > deadline) {
      await nextTask();
      deadline = performance.now() + SLICE_MS;
    }
  }
  return stats;
}
