import { PageHighlights } from '@/lib/page/highlights';
import { HoverTracker } from '@/lib/page/hover';
import { PageMarks } from '@/lib/page/marks';
import { PageScanner } from '@/lib/page/scan-page';
import { MutationWatcher } from '@/lib/page/watch-mutations';
import type { Matcher } from '@/lib/match/matcher';
import type { CardSource } from '@/components/HoverCard';
import type { PageDigest, RevealResult } from '@/lib/protocol/page';
import type { HighlightLook } from '@/lib/settings/look';
import { testMark } from '@/lib/testing/test-build';
import { cardActions, type SnippetOrigin } from './card-actions';
import type { Card, MakeCard } from './card-slot';
import { pageDigest } from './digest';
import { Stepper } from './stepper';

/** How a page other than a web page (the PDF reader) differs; web pages take the defaults. */
export interface PageOptions {
  /** What the first scan reads: the document's body unless given. */
  root?: () => Node;
  /** Follow the page's own changes (web pages); the reader scans each text layer it adds itself. */
  watchMutations?: boolean;
  origin?: SnippetOrigin;
  /** The matcher of the reader's own terms, or null when there are none. */
  own?: () => Matcher | null;
  /** The look the page's own stylesheet already draws (web pages: the default look). */
  builtInLookCss?: string;
}

/** What runs while the page is highlighted; all of it ends when `controller` aborts. */
interface Running {
  controller: AbortController;
  scanner: PageScanner;
  watcher: MutationWatcher;
}

/**
 * Everything Baylens does on one page (or frame), put together: highlights and rescans after
 * changes (the scanner and the watcher), the hover card (card-control), keyboard and popup
 * stepping (stepper) and the popup's digest (digest). `start` and `stop` follow the reader's
 * on/off choice; one AbortSignal ends the listeners of a start.
 */
export class PageController {
  private readonly doc: Document;
  private readonly loadedMatcher: () => Matcher | null;
  private readonly ownMatcher: () => Matcher | null;
  private readonly highlights = new PageHighlights();
  private readonly marks = new PageMarks(this.highlights);
  private readonly stepper = new Stepper(this.highlights, this.marks);
  private readonly card: Card;
  private readonly shadowRoots: ShadowRoot[] = [];
  /** The highlights' own rules, for shadow roots (most pages have none). */
  private readonly shadowSheet: LazySheet;
  /**
   * The reader's colours and style; adopted by the document for a look its own stylesheet does
   * not draw, and by every shadow root we read.
   */
  private readonly lookSheet = new LazySheet('');
  private readonly options: PageOptions;
  private session: Running | null = null;

  /** `matcher` gives the matcher once it has arrived; `start` is called only after it has. */
  constructor(
    doc: Document,
    matcher: () => Matcher | null,
    cardSource: CardSource,
    highlightCss: string,
    makeCard: MakeCard,
    options: PageOptions = {},
  ) {
    this.doc = doc;
    this.options = options;
    this.loadedMatcher = matcher;
    this.ownMatcher = options.own ?? (() => null);
    this.card = makeCard(doc, cardSource, cardActions(doc, options.origin));
    this.shadowSheet = new LazySheet(highlightCss);
  }

  get hoverDelayMs(): number {
    return this.card.delayMs;
  }

  set hoverDelayMs(ms: number) {
    this.card.delayMs = ms;
  }

  /** Puts the card's words in the reader's language; cards wait for it before they open. */
  set words(words: () => Promise<unknown>) {
    this.card.words = words;
  }

  /** How many highlights the page has. */
  get highlighted(): number {
    return this.marks.size;
  }

  /** Applies the reader's colours, style and hidden kinds at once, without scanning again. */
  setLook(look: HighlightLook): void {
    this.lookSheet.css = look.css;
    // Adopting a sheet restyles the whole page (seconds on a page of 100,000 elements): the
    // document adopts one only for a look its built-in stylesheet does not already draw.
    if (look.css !== this.options.builtInLookCss || this.lookSheet.adoptedBy(this.doc)) adopt(this.doc, this.lookSheet.sheet);
    this.marks.setHidden(look.hidden);
    this.card.closeIfHidden(look.hidden);
  }

  get running(): boolean {
    return this.session !== null;
  }

  /** Highlights the page and keeps up with its changes; resolves when the first scan is done. */
  start(): Promise<void> {
    if (this.session) return this.session.scanner.idle();
    const matcher = this.loadedMatcher();
    if (!matcher) throw new Error('The matcher has not arrived yet.');
    const controller = new AbortController();
    const { signal } = controller;
    const scanner = new PageScanner(matcher, this.marks, signal, (shadow) => this.adoptShadowRoot(shadow), this.ownMatcher());
    const watcher = new MutationWatcher(
      (roots, removals) => {
        if (removals) this.marks.sweep();
        for (const root of roots) void scanner.scan(root);
      },
      () => this.card.element,
    );
    signal.addEventListener('abort', () => watcher.disconnect());
    this.session = { controller, scanner, watcher };
    if (this.options.watchMutations !== false) {
      watcher.observe(this.doc.documentElement);
      for (const shadow of this.shadowRoots) watcher.observe(shadow);
    }
    new HoverTracker(
      this.doc,
      this.marks,
      this.shadowRoots,
      (target) => this.card.contains(target as Node),
      (mark, overCard, at) => this.card.hovered(mark, overCard, at),
    ).start(signal);
    this.followViewport(signal);
    testMark('baylens:scan-start');
    const root = this.options.root?.() ?? this.doc.body ?? this.doc.documentElement;
    return scanner.scan(root).then(() => {
      if (signal.aborted) return;
      testMark('baylens:scan-done', { highlights: this.marks.size, longestSliceMs: scanner.longestSliceMs, busyMs: scanner.busyMs });
    });
  }

  /** Removes every highlight and the card, and stops watching; the page is as it was. */
  stop(): void {
    this.halt();
    this.card.remove();
  }

  private halt(): void {
    this.session?.controller.abort();
    this.session = null;
    this.marks.clear();
    this.stepper.reset();
  }

  /** Highlights the page again from the start: the reader's own terms changed. */
  restart(): Promise<void> {
    if (!this.session) return Promise.resolve();
    // The open card stays: the reader may have just added the term from it.
    this.halt();
    return this.start();
  }

  /** Ids of the entries and own terms highlighted on the page, for the reading history. */
  metIds(): string[] {
    const ids = new Set<string>();
    for (const mark of this.marks.ordered()) if (mark.target.type !== 'figure') ids.add(mark.target.id);
    return [...ids];
  }

  /** Scans text the page owner has just added (a PDF page's text layer); resolves when it is marked. */
  scanAdded(root: Node): Promise<void> {
    return this.session?.scanner.scan(root) ?? Promise.resolve();
  }

  /** Resolves when all scanning queued so far is done. */
  idle(): Promise<void> {
    return this.session?.scanner.idle() ?? Promise.resolve();
  }

  /** Opens the look-up card for selected text (see CardControl.lookUp). */
  lookUp(text: string, grant: string): void {
    this.card.lookUp(text, grant);
  }

  /** Entries and figures on the page, most mentioned first, for the popup. */
  digest(): Promise<PageDigest> {
    return pageDigest(this.loadedMatcher(), this.marks.ordered());
  }

  /** Scrolls to the next occurrence of one entry or figure and marks it as the current one. */
  reveal(id: string, target: 'entry' | 'figure'): RevealResult | null {
    return this.stepper.reveal(id, target);
  }

  /** Scrolls to the next or previous highlight, marks it as the current one and opens its card. */
  step(direction: 'next' | 'previous'): boolean {
    const mark = this.stepper.step(direction);
    if (mark) this.card.open(mark, true);
    return mark !== null;
  }

  /** On a page with too many marks to register at once, registers those the reader scrolls to. */
  private followViewport(signal: AbortSignal): void {
    const view = this.doc.defaultView;
    if (!view) return;
    let frame = 0;
    const moved = () => {
      if (frame || !this.marks.windowed) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        if (!signal.aborted) this.marks.showNearViewport(false);
      });
    };
    this.doc.addEventListener('scroll', moved, { passive: true, capture: true, signal });
    view.addEventListener('resize', moved, { passive: true, signal });
    signal.addEventListener('abort', () => view.cancelAnimationFrame(frame));
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.includes(shadow)) return;
    this.shadowRoots.push(shadow);
    // ::highlight() rules apply per tree: a shadow root needs them too. Not a DOM change.
    adopt(shadow, this.shadowSheet.sheet);
    adopt(shadow, this.lookSheet.sheet);
    this.session?.watcher.observe(shadow);
  }
}

/**
 * A constructed sheet made when first asked for: parsing a sheet no one adopts is start-up time
 * for nothing. Its rules can change before or after.
 */
class LazySheet {
  private made: CSSStyleSheet | null = null;
  private text: string;

  constructor(css: string) {
    this.text = css;
  }

  set css(css: string) {
    this.text = css;
    this.made?.replaceSync(css);
  }

  get sheet(): CSSStyleSheet {
    if (!this.made) {
      this.made = new CSSStyleSheet();
      this.made.replaceSync(this.text);
    }
    return this.made;
  }

  /** Whether `root` has adopted the sheet (never, if it was never made). */
  adoptedBy(root: Document | ShadowRoot): boolean {
    return this.made !== null && root.adoptedStyleSheets.includes(this.made);
  }
}

/** Adds a constructed sheet to a document or shadow root once; not a DOM change. */
function adopt(root: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
