import type { Browser } from 'wxt/browser';
import { send } from '@/lib/extension/send';
import { Matcher } from '@/lib/match/matcher';
import { parsePageRequest, type PageHello } from '@/lib/protocol/page';
import { highlightsOn, type Settings } from '@/lib/protocol/settings';
import type { Capture } from '@/lib/snippets/create';
import { readSettings, watchSettings } from '@/lib/store/settings';
import { cardSource } from '../content/card-source';
import highlightCss from '../content/highlights.css?inline';
import { makeCard } from '../content/make-card';
import { PageController } from '../content/page-controller';

/** The document the reader shows, as snippets and the popup name it. */
export interface ReaderDocument {
  /** The PDF's address, or file:///name for a local file. */
  url: string;
  /** The site it came from; empty for a local file. */
  host: string;
  title: string;
  /** Every page's text is in the document (the digest waits for it). */
  allText: Promise<void>;
  pageOf: (node: Node) => number | null;
}

/** How much text either side of a selection a snippet keeps, as the context menu does on web pages. */
const ROOM = 400;

/**
 * Everything Baylens does on a web page, on the reader's pages: the same PageController gives
 * highlights, cards, stepping, the digest and saving, on the text layers instead of a page's
 * DOM; the popup and keyboard commands reach it with the same messages as a content script.
 */
export class ReaderBaylens {
  private readonly page: PageController;
  private readonly doc: ReaderDocument;
  private matcher: Matcher | null = null;
  private applied: Promise<void> = Promise.resolve();

  constructor(doc: ReaderDocument, pages: HTMLElement) {
    this.doc = doc;
    this.page = new PageController(document, () => this.matcher, cardSource(), highlightCss, makeCard, {
      root: () => pages,
      watchMutations: false,
      origin: (range) => this.origin(range.startContainer),
    });
  }

  /** Follows the reader's on/off choice for the PDF's site, and answers the popup and commands. */
  start(): void {
    browser.runtime.onMessage.addListener(this.onMessage);
    watchSettings((settings) => void (this.applied = this.apply(settings)));
    this.applied = readSettings().then((settings) => this.apply(settings));
  }

  /** A page's text layer has been made: mark it, if highlighting is on. */
  async textAdded(layer: HTMLElement): Promise<void> {
    await this.applied;
    if (this.page.running) await this.page.scanAdded(layer);
  }

  /** Resolves when every highlight of the text made so far is registered. */
  async idle(): Promise<void> {
    await this.applied;
    await this.page.idle();
  }

  private async apply(settings: Settings): Promise<void> {
    this.page.hoverDelayMs = settings.hoverDelayMs;
    if (!highlightsOn(settings, this.doc.host)) {
      this.page.stop();
      return;
    }
    this.matcher ??= new Matcher(await send({ type: 'card:matcher' }));
    void this.page.start();
  }

  private origin(node: Node): { url: string; title: string; pageNumber?: number } {
    const pageNumber = this.doc.pageOf(node);
    return { url: this.doc.url, title: this.doc.title, ...(pageNumber ? { pageNumber } : {}) };
  }

  private readonly onMessage = (raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    const request = sender.id === browser.runtime.id ? parsePageRequest(raw) : null;
    if (!request) return undefined;
    switch (request.type) {
      case 'page:selection':
        // The context menu's and the shortcut's save: scripts cannot be run in an extension page.
        return Promise.resolve(this.capture());
      case 'page:hello':
        return Promise.resolve<PageHello>({ host: this.doc.host, url: this.doc.url, title: this.doc.title });
      case 'page:step':
        return Promise.resolve(this.page.step(request.direction));
      case 'page:digest':
        // The whole document, not the pages read so far.
        return this.doc.allText.then(() => this.idle()).then(() => this.page.digest());
      case 'page:reveal':
        return this.doc.allText.then(() => this.idle()).then(() => this.page.reveal(request.id, request.target));
    }
  };

  /** The reader's selection, with the page's text around it and where it is in the document. */
  private capture(): Capture | null {
    const selection = getSelection();
    const text = selection?.toString() ?? '';
    if (!selection || selection.rangeCount === 0 || !text.trim()) return null;
    const range = selection.getRangeAt(0);
    const layer = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest(
      '.textLayer',
    );
    let before = '';
    let after = '';
    if (layer) {
      const head = document.createRange();
      head.selectNodeContents(layer);
      head.setEnd(range.startContainer, range.startOffset);
      const tail = document.createRange();
      tail.selectNodeContents(layer);
      tail.setStart(range.endContainer, range.endOffset);
      before = head.toString().slice(-ROOM);
      after = tail.toString().slice(0, ROOM);
    }
    const { url, title, pageNumber } = this.origin(range.startContainer);
    return { text, before, after, url, title, ...(pageNumber ? { pageNumber } : {}) };
  }
}
