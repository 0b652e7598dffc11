import { TextLayer, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import { nextTask } from '@/lib/page/next-task';

/** CSS pixels per PDF point at 100 %: a page reads at about the size it would be printed. */
const SCALE = 1.35;
/** Pages within this distance of the window get their picture; further ones give their memory back. */
const PAINT_MARGIN = '150% 0px';

/** Pages whose text is asked of the worker together. */
const READ_AHEAD = 4;

/** One page of the document: its box in the reader, its picture and its text. */
interface PageSlot {
  number: number;
  box: HTMLElement;
  canvas: HTMLCanvasElement;
  page: PDFPageProxy | null;
  rendering: RenderTask | null;
  painted: boolean;
  text: HTMLElement | null;
}

/** What the reader learns as pages are laid out. */
export interface PageEvents {
  /** A page's text layer is in the document and can be scanned. */
  onText: (layer: HTMLElement, pageNumber: number) => unknown;
}

/**
 * Shows a document page by page. Every page gets its box at once (sized like the first until it
 * is read), so the scroll bar is right from the start; the first page is painted and given its
 * text first, then every page's text layer follows in the background, one page per task, so
 * highlights, the digest and the browser's find cover the whole document; pictures are painted
 * only for pages near the window and released when they leave it.
 */
export class PdfPages {
  private readonly slots: PageSlot[] = [];
  private readonly container: HTMLElement;
  private readonly pdf: PDFDocumentProxy;
  private readonly events: PageEvents;
  private observer: IntersectionObserver | null = null;
  private stopped = false;
  /** Characters of text the document has, counted as text layers are made. */
  textLength = 0;

  constructor(container: HTMLElement, pdf: PDFDocumentProxy, events: PageEvents) {
    this.container = container;
    this.pdf = pdf;
    this.events = events;
  }

  get count(): number {
    return this.pdf.numPages;
  }

  /** The page box a node sits in, by its number; null outside the pages. */
  pageOf(node: Node): number | null {
    const box = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-page-number]');
    return box ? Number(box.dataset.pageNumber) : null;
  }

  /** The text layer of a page, once it has been made. */
  textOf(pageNumber: number): HTMLElement | null {
    return this.slots[pageNumber - 1]?.text ?? null;
  }

  box(pageNumber: number): HTMLElement | null {
    return this.slots[pageNumber - 1]?.box ?? null;
  }

  /** Lays out every page, paints and reads the first; resolves when the first page is readable. */
  async showFirst(): Promise<void> {
    const first = await this.pdf.getPage(1);
    const viewport = first.getViewport({ scale: SCALE });
    const fragment = document.createDocumentFragment();
    for (let n = 1; n <= this.pdf.numPages; n++) {
      const box = document.createElement('section');
      box.className = 'reader-page';
      box.dataset.pageNumber = String(n);
      box.setAttribute('aria-label', `Page ${n}`);
      box.style.setProperty('--scale-factor', String(SCALE));
      this.size(box, viewport.width, viewport.height);
      const canvas = document.createElement('canvas');
      canvas.setAttribute('aria-hidden', 'true');
      box.append(canvas);
      fragment.append(box);
      this.slots.push({ number: n, box, canvas, page: null, rendering: null, painted: false, text: null });
    }
    this.container.append(fragment);
    const slot = this.slots[0]!;
    slot.page = first;
    await Promise.all([this.paint(slot), this.readText(slot)]);
    this.observer = new IntersectionObserver((seen) => this.visibilityChanged(seen), { rootMargin: PAINT_MARGIN });
    for (const s of this.slots) this.observer.observe(s.box);
  }

  /**
   * Makes the text layer of every page, in order; resolves when all are done. A few pages are
   * asked of the worker at once, so its answers overlap the work of making each layer.
   */
  async readAll(): Promise<void> {
    for (let i = 0; i < this.slots.length; i += READ_AHEAD) {
      if (this.stopped) return;
      await Promise.all(this.slots.slice(i, i + READ_AHEAD).map((slot) => this.readText(slot)));
      await nextTask();
    }
  }

  /** Reads a page's text now (the reader jumps to a page whose text is still to come). */
  async ensureText(pageNumber: number): Promise<HTMLElement | null> {
    const slot = this.slots[pageNumber - 1];
    if (!slot) return null;
    if (!slot.text) await this.readText(slot);
    return slot.text;
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    for (const slot of this.slots) slot.rendering?.cancel();
  }

  private size(box: HTMLElement, width: number, height: number): void {
    box.style.width = `${Math.floor(width)}px`;
    box.style.height = `${Math.floor(height)}px`;
  }

  private async pageFor(slot: PageSlot): Promise<PDFPageProxy> {
    if (!slot.page) {
      slot.page = await this.pdf.getPage(slot.number);
      const { width, height } = slot.page.getViewport({ scale: SCALE });
      this.size(slot.box, width, height);
    }
    return slot.page;
  }

  private visibilityChanged(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const slot = this.slots[Number((entry.target as HTMLElement).dataset.pageNumber) - 1];
      if (!slot) continue;
      if (entry.isIntersecting) void this.paint(slot);
      else this.release(slot);
    }
  }

  private async paint(slot: PageSlot): Promise<void> {
    if (slot.painted || slot.rendering) return;
    const page = await this.pageFor(slot);
    const viewport = page.getViewport({ scale: SCALE });
    const ratio = window.devicePixelRatio || 1;
    slot.canvas.width = Math.floor(viewport.width * ratio);
    slot.canvas.height = Math.floor(viewport.height * ratio);
    const task = page.render({
      canvas: slot.canvas,
      viewport,
      ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}),
    });
    slot.rendering = task;
    try {
      await task.promise;
      slot.painted = true;
    } catch {
      // Cancelled because the page left the window: it is painted again when it returns.
    } finally {
      if (slot.rendering === task) slot.rendering = null;
    }
  }

  /** Gives a far-away page's picture memory back; its text stays. */
  private release(slot: PageSlot): void {
    slot.rendering?.cancel();
    slot.rendering = null;
    if (!slot.painted) return;
    slot.painted = false;
    slot.canvas.width = 0;
    slot.canvas.height = 0;
  }

  private async readText(slot: PageSlot): Promise<void> {
    if (slot.text) return;
    const page = await this.pageFor(slot);
    if (slot.text) return;
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    const textLayer = new TextLayer({
      textContentSource: page.streamTextContent(),
      container: layer,
      viewport: page.getViewport({ scale: SCALE }),
    });
    await textLayer.render();
    if (slot.text) return;
    separateLines(textLayer.textDivs);
    for (const s of textLayer.textContentItemsStr) this.textLength += s.trim().length;
    slot.text = layer;
    slot.box.append(layer);
    // Marking the text does not hold up the next page: the reader waits for it where it must.
    void this.events.onText(layer, slot.number);
  }
}

/**
 * pdf.js ends a line with a <br>, which is no character: "Cooperation" at the end of one line
 * and "Zone" at the start of the next would read as "CooperationZone". A space after a line's
 * last Latin letter or digit keeps the words apart, as they are on paper; Chinese needs none.
 */
function separateLines(divs: HTMLElement[]): void {
  for (const div of divs) {
    if (div.nextSibling?.nodeName !== 'BR') continue;
    const text = div.lastChild;
    if (text?.nodeType === Node.TEXT_NODE && /[\p{Script=Latin}\p{N},;:.!?)\]’”%]$/u.test((text as Text).data))
      (text as Text).appendData(' ');
  }
}
