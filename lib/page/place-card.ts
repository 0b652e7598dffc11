/** Room kept between the card and the viewport's edges, and between the card and its term. */
const PADDING = 8;
const GAP = 6;
const MIN_HEIGHT = 160;
const MAX_HEIGHT = 480;

export interface Placement {
  x: number;
  y: number;
  maxHeight: number;
}

/**
 * Where the card goes: below its term, starting at the term's left edge; above it when there
 * is more room there and not enough below; always inside the viewport. `height` is the card's
 * natural height (as it would be without a height limit).
 */
export function placeCard(
  term: { left: number; top: number; bottom: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - term.bottom - GAP - PADDING;
  const above = term.top - GAP - PADDING;
  const downward = card.height <= below || below >= above;
  const maxHeight = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, downward ? below : above));
  const height = Math.min(card.height, maxHeight);
  const wanted = downward ? term.bottom + GAP : term.top - GAP - height;
  const y = Math.max(PADDING, Math.min(wanted, viewport.height - height - PADDING));
  const x = Math.max(PADDING, Math.min(term.left, viewport.width - card.width - PADDING));
  return { x, y, maxHeight };
}

/**
 * Keeps a fixed-position card beside its term while the page scrolls, resizes or the card's
 * content changes; positions are read and written once per frame. Returns the stop function.
 */
export function followTerm(range: Range, card: HTMLElement): () => void {
  const win = card.ownerDocument.defaultView ?? window;
  let frame = 0;
  const update = () => {
    frame = 0;
    const rects = range.getClientRects();
    const term = rects[0] ?? range.getBoundingClientRect();
    card.style.maxHeight = '';
    const natural = { width: card.offsetWidth, height: card.scrollHeight };
    const { x, y, maxHeight } = placeCard(term, natural, { width: win.innerWidth, height: win.innerHeight });
    card.style.maxHeight = `${maxHeight}px`;
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
  };
  const schedule = () => (frame ||= win.requestAnimationFrame(update));
  const resized = new ResizeObserver(schedule);
  resized.observe(card);
  win.addEventListener('scroll', schedule, { capture: true, passive: true });
  win.addEventListener('resize', schedule, { passive: true });
  update();
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    resized.disconnect();
    win.removeEventListener('scroll', schedule, { capture: true });
    win.removeEventListener('resize', schedule);
  };
}
