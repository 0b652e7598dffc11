import { render, type VNode } from 'preact';
import { followTerm } from './place-card';
import { TEST_BUILD, testMark } from '@/lib/testing/test-build';

/** The one element Baylens adds to a page; created on first use, so an untouched page has none. */
export const HOST_TAG = 'baylens-ui';

/** Events a page could script at the card: only the reader's own (trusted) ones reach it. */
const FORGEABLE = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'submit',
  'focusin',
];

/**
 * Stops a scripted event at the card's root, before any button hears it: a page that calls
 * `.click()` or dispatches a key on the card (through the test build's open root, or any
 * way it finds) can neither save nor open anything.
 */
function dropForged(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

/**
 * Holds the hover card in a closed-off shadow root and keeps it next to its highlight and
 * inside the viewport, also while the page scrolls.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private stopTracking: (() => void) | null = null;
  /** Test build: waits for the shown card's content, to mark when it is painted. */
  private paintWatch: MutationObserver | null = null;
  private readonly document: Document;
  private readonly css: string;

  constructor(css: string, document_: Document = document) {
    this.css = css;
    this.document = document_;
  }

  /** The host element, if it exists yet: mutations and pointer events inside it are ours. */
  get element(): HTMLElement | null {
    return this.host;
  }

  private ensure(): HTMLElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    const host = this.document.createElement(HOST_TAG);
    host.setAttribute('data-baylens-host', '');
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
    // Closed, so the page cannot reach into the card; the test build opens it for the tests.
    const shadow = host.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });
    for (const type of FORGEABLE) shadow.addEventListener(type, dropForged, { capture: true });
    const style = this.document.createElement('style');
    style.textContent = this.css;
    const mount = this.document.createElement('div');
    shadow.append(style, mount);
    // Outside <body>: the page's own text (body.innerText) never includes the card.
    this.document.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  /** Shows `card` beside `range`; its root element must be the positioned `.card`. */
  show(card: VNode, range: Range): void {
    this.place(card, range);
    this.reveal();
  }

  /**
   * Renders `card` beside `range` without showing it: while the reader's pointer rests on a
   * highlight, the card is built and laid out, and `reveal` then shows it in the next frame with
   * nothing rendered again, only painted. Until then it is hidden: not drawn, out of the
   * accessibility tree, and no pointer or key reaches it.
   */
  prepare(card: VNode, range: Range): void {
    const mount = this.ensure();
    mount.style.visibility = 'hidden';
    this.place(card, range);
  }

  /** Shows the prepared card. */
  reveal(): void {
    if (!this.mount) return;
    this.mount.style.visibility = '';
    if (TEST_BUILD) {
      this.paintWatch?.disconnect();
      this.paintWatch = markWhenPainted(this.mount);
    }
  }

  private place(card: VNode, range: Range): void {
    const mount = this.ensure();
    render(card, mount);
    const floating = mount.firstElementChild as HTMLElement | null;
    if (!floating) return;
    this.stopTracking?.();
    this.stopTracking = followTerm(range, floating);
  }

  /** Re-renders the open card in place (a pin, a loaded view). */
  update(card: VNode): void {
    if (this.mount) render(card, this.mount);
  }

  hide(): void {
    this.paintWatch?.disconnect();
    this.paintWatch = null;
    this.stopTracking?.();
    this.stopTracking = null;
    if (this.mount) render(null, this.mount);
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  remove(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }
}

/**
 * Test build: marks `baylens:card-painted` once the shown card holds its content and a frame has
 * painted it (after the next animation frame, a task). Benchmarks time the card by it. A module
 * function, not a method, so the shipped build leaves it out with its only caller.
 */
function markWhenPainted(mount: HTMLElement): MutationObserver | null {
  const ready = () => mount.querySelector('.card[data-state="ready"]') !== null;
  const mark = () => void requestAnimationFrame(() => setTimeout(() => testMark('baylens:card-painted'), 0));
  if (ready()) {
    mark();
    return null;
  }
  const watch = new MutationObserver(() => {
    if (!ready()) return;
    watch.disconnect();
    mark();
  });
  watch.observe(mount, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  return watch;
}
