import { linkFigures } from '../match/figures';
import { PageContext, keepInContext } from '../match/context';
import type { Matcher } from '../match/matcher';
import type { Mention } from '../match/types';
import { rangeIn, segments, textBlocks, type TextBlock } from './blocks';
import type { Mark, MarkTarget, PageMarks } from './marks';
import { nextTask } from './next-task';

/** Longest stretch of work in one task before the page gets its main thread back. */
const SLICE_MS = 8;
/**
 * Text matched between two looks at the clock. The first text of a page also resolves the
 * automaton states it reaches, so pieces stay short enough to keep each slice near SLICE_MS.
 */
const SEGMENT_CHARS = 4_000;
/** How often a long scan shows what it has found so far (each showing costs a repaint). */
const SHOW_EVERY_MS = 300;

/**
 * Scans subtrees for entries and figures and registers their marks. All work goes through
 * one queue drained in short slices, so a first scan, rescans after page changes and newly
 * found shadow roots never overlap and never hold the main thread for long.
 */
export class PageScanner {
  private readonly queue: Node[] = [];
  private draining: Promise<void> = Promise.resolve();
  /** True while the drain loop runs. */
  private running = false;
  private readonly matcher: Matcher;
  /** The reader's own terms, matched after the index: where both find a name, the index's entry stands. */
  private readonly own: Matcher | null;
  private readonly marks: PageMarks;
  private readonly onShadowRoot: (shadow: ShadowRoot) => void;
  private readonly signal: AbortSignal;
  /** What the page has named unambiguously so far, and the ambiguous names waiting for it. */
  private readonly context = new PageContext();
  private waiting: Waiting[] = [];
  /** Mark targets by entry, shared by its marks (see entryTarget). */
  private readonly targets = new Map<number, MarkTarget>();
  /** The longest stretch of work in one task, and all of them together, for benchmarks. */
  longestSliceMs = 0;
  busyMs = 0;

  constructor(
    matcher: Matcher,
    marks: PageMarks,
    signal: AbortSignal,
    onShadowRoot: (shadow: ShadowRoot) => void = () => {},
    own: Matcher | null = null,
  ) {
    this.matcher = matcher;
    this.own = own;
    this.marks = marks;
    this.signal = signal;
    this.onShadowRoot = onShadowRoot;
  }

  /** Scans `root` (again): its old marks are replaced. Resolves when the queue is empty. */
  scan(root: Node): Promise<void> {
    if (!this.queue.some((queued) => queued === root || queued.contains(root))) this.queue.push(root);
    if (!this.running) this.draining = this.drain();
    return this.draining;
  }

  /** Resolves when everything queued so far has been scanned. */
  idle(): Promise<void> {
    return this.draining;
  }

  /**
   * Drains the queue in slices. `running` is cleared in the same synchronous step as the
   * loop's last look at the queue, so a root queued a moment later starts a new drain
   * instead of waiting unseen.
   */
  private async drain(): Promise<void> {
    this.running = true;
    let sliceStart = performance.now();
    let shown = sliceStart;
    try {
      let deadline = sliceStart + SLICE_MS;
      while (this.queue.length > 0) {
        const root = this.queue.shift()!;
        if (!root.isConnected) continue;
        const found: ShadowRoot[] = [];
        for (const block of textBlocks(root, (shadow) => found.push(shadow), root.ownerDocument ?? document)) {
          if (this.signal.aborted) return;
          this.marks.forgetNodes(block.nodes);
          for (const [start, end] of segments(block.text, SEGMENT_CHARS)) {
            this.markSegment(block, start, end);
            const now = performance.now();
            if (now > deadline) {
              if (now - shown > SHOW_EVERY_MS && this.marks.worthFlushing) {
                this.marks.flush();
                shown = now;
              }
              this.sliceDone(sliceStart);
              await nextTask();
              if (this.signal.aborted) return;
              sliceStart = performance.now();
              deadline = sliceStart + SLICE_MS;
            }
          }
        }
        for (const shadow of found) {
          this.onShadowRoot(shadow);
          this.queue.push(shadow);
        }
      }
    } finally {
      if (!this.signal.aborted) this.marks.flush();
      this.sliceDone(sliceStart);
      this.running = false;
    }
  }

  private sliceDone(sliceStart: number): void {
    const ms = performance.now() - sliceStart;
    this.longestSliceMs = Math.max(this.longestSliceMs, ms);
    this.busyMs += ms;
  }

  private markSegment(block: TextBlock, start: number, end: number): void {
    const text = start === 0 && end === block.text.length ? block.text : block.text.slice(start, end);
    let found = this.matcher.findMentions(text);
    // The segment's marks are added in text order: marks found in document order need no sorting.
    const marks: { at: number; kind: Mark['kind']; target: MarkTarget; end: number }[] = [];
    if (this.own) {
      const own = ownMentions(this.own, text, found);
      if (own.length) {
        found = found.filter((i) => !own.some((m) => m.start <= i.start && i.end <= m.end));
        for (const m of own) marks.push({ at: m.start, end: m.end, kind: 'own', target: { type: 'own', id: this.own.entryId(m.entry) } });
      }
    }
    if (found.length > 0) {
      if (this.context.add(found) && this.waiting.length > 0) this.markWaiting();
      const { kept: mentions, waiting } = keepInContext(found, this.context);
      for (const m of waiting) this.waiting.push({ block, offset: start, mention: m, surface: text.slice(m.start, m.end) });
      const { figures } = this.matcher.data;
      for (const m of mentions) marks.push({ at: m.start, end: m.end, kind: this.matcher.entryKind(m.entry), target: this.entryTarget(m) });
      for (const f of linkFigures(text, mentions, figures)) {
        marks.push({
          at: f.start,
          end: f.end,
          kind: f.status === 'match' ? 'figure' : 'mismatch',
          target: { type: 'figure', id: figures[f.figure]!.id, status: f.status, surface: text.slice(f.start, f.end) },
        });
      }
    }
    marks.sort((a, b) => a.at - b.at);
    for (const m of marks) {
      const { range, nodes } = rangeIn(block, start + m.at, start + m.end);
      this.marks.add({ range, nodes, kind: m.kind, target: m.target });
    }
  }

  /**
   * A mention's mark target: its entry, and the others sharing its alias. Marks never change
   * their target, so the marks of an entry whose alias no other entry shares share one.
   */
  private entryTarget(m: Mention): MarkTarget {
    const { matcher } = this;
    if (m.also.length) return { type: 'entry', id: matcher.entryId(m.entry), also: m.also.map((e) => matcher.entryId(e)) };
    let target = this.targets.get(m.entry);
    if (!target) this.targets.set(m.entry, (target = { type: 'entry', id: matcher.entryId(m.entry) }));
    return target;
  }

  private markMention(block: TextBlock, offset: number, m: Mention): void {
    const { range, nodes } = rangeIn(block, offset + m.start, offset + m.end);
    this.marks.add({ range, nodes, kind: this.matcher.entryKind(m.entry), target: this.entryTarget(m) });
  }

  /** Marks the ambiguous mentions whose context the page now carries, if their text is unchanged. */
  private markWaiting(): void {
    const still: Waiting[] = [];
    for (const w of this.waiting) {
      if (!this.context.has(w.mention.ambiguous!)) {
        still.push(w);
        continue;
      }
      if (!w.block.nodes.every((node) => node.isConnected)) continue;
      const text = w.block.nodes.map((node) => node.data).join('');
      if (text.slice(w.offset + w.mention.start, w.offset + w.mention.end) !== w.surface) continue;
      this.markMention(w.block, w.offset, w.mention);
    }
    this.waiting = still;
  }
}

/**
 * The reader's own terms in a text, against what the index found there: the index comes first,
 * so an own term stands only where it is longer than every index mention it overlaps and
 * contains them ("Qianhai Fund" over the index's "Qianhai"); where both claim the same words,
 * or the index's mention reaches further, the index's entry stands.
 */
export function ownMentions(own: Matcher, text: string, index: readonly Mention[]): Mention[] {
  return own
    .findMentions(text)
    .filter((m) =>
      index.every(
        (i) => i.end <= m.start || i.start >= m.end || (m.start <= i.start && i.end <= m.end && i.end - i.start < m.end - m.start),
      ),
    );
}

/** An ambiguous mention waiting for the page to show its context. */
interface Waiting {
  block: TextBlock;
  offset: number;
  mention: Mention;
  surface: string;
}
