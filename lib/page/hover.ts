import type { Mark, PageMarks } from './marks';

interface CaretHit {
  node: Node;
  offset: number;
}

/** Caret under a point, across the open shadow roots Baylens knows of. */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): CaretHit | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = shadowRoots.length
      ? (doc.caretPositionFromPoint as (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => CaretPosition | null)(x, y, {
          shadowRoots,
        })
      : doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function inside(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/**
 * Tells which highlight the pointer rests on. Pointer moves are coalesced to one check per
 * frame; the check is a caret hit test and a lookup in that text node's marks, so moving the
 * mouse costs no layout work. Only a candidate mark's rectangles are read, to be sure the
 * pointer is on the text and not beside it.
 */
export class HoverTracker {
  private frame = 0;
  private x = 0;
  private y = 0;
  private current: Mark | null = null;
  private readonly doc: Document;
  private readonly marks: PageMarks;
  private readonly shadowRoots: ShadowRoot[];
  private readonly isOurs: (target: EventTarget | null) => boolean;
  private readonly onChange: (mark: Mark | null, overCard: boolean, at: number) => void;
  /** When the pointer last moved (the event's time, on performance.now()'s clock). */
  private movedAt = 0;
  private overCard = false;
  private readonly listener = (event: PointerEvent) => this.moved(event);

  constructor(
    doc: Document,
    marks: PageMarks,
    shadowRoots: ShadowRoot[],
    isOurs: (target: EventTarget | null) => boolean,
    onChange: (mark: Mark | null, overCard: boolean, at: number) => void,
  ) {
    this.doc = doc;
    this.marks = marks;
    this.shadowRoots = shadowRoots;
    this.isOurs = isOurs;
    this.onChange = onChange;
  }

  /** Follows the pointer until `signal` aborts. */
  start(signal: AbortSignal): void {
    this.doc.addEventListener('pointermove', this.listener, { passive: true, capture: true, signal });
    signal.addEventListener('abort', () => {
      if (this.frame) cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.current = null;
    });
  }

  private moved(event: PointerEvent): void {
    // A page can dispatch pointer events of its own; only the reader's pointer opens a card.
    if (!event.isTrusted) return;
    this.x = event.clientX;
    this.y = event.clientY;
    this.movedAt = event.timeStamp;
    const overCard = this.isOurs(event.target);
    if (overCard !== this.overCard) {
      this.overCard = overCard;
      this.onChange(this.current, overCard, this.movedAt);
    }
    if (overCard || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const hit = caretAt(this.doc, this.x, this.y, this.shadowRoots);
      let mark = hit ? this.marks.at(hit.node, hit.offset) : null;
      if (mark && !inside(mark.range, this.x, this.y)) mark = null;
      if (mark !== this.current) {
        this.current = mark;
        this.onChange(mark, false, this.movedAt);
      }
    });
  }
}
