import { blockOf } from '@/lib/page/blocks';
import { CardHost } from '@/lib/page/card-host';
import { PageHighlights } from '@/lib/page/highlights';
import { HoverTracker } from '@/lib/page/hover';
import { PageMarks, type Mark } from '@/lib/page/marks';
import { PageScanner } from '@/lib/page/scan-page';
import { sentenceAround } from '@/lib/page/sentence';
import { send } from '@/lib/extension/send';
import { t } from '@/lib/extension/i18n';
import { MutationWatcher } from '@/lib/page/watch-mutations';
import type { Matcher } from '@/lib/match/matcher';
import { HoverCard, type CardSource } from '@/components/HoverCard';
import { LookupCard } from '@/components/LookupCard';
import type { LookupHit } from '@/lib/lookup/find';
import type { EntryKind } from '@/lib/match/kinds';
import type { PageDigest, RevealResult } from '@/lib/protocol/page';
import type { HighlightLook } from '@/lib/settings/look';
import { testMark } from '@/lib/testing/test-build';

/** Grace period for the pointer to travel from a highlight into its card. */
const CLOSE_DELAY_MS = 250;

/** Where a saved snippet comes from, when the sender's own address does not say: a PDF and its page. */
export type SnippetOrigin = (range: Range) => { title?: string; url?: string; pageNumber?: number };

/** How a page other than a web page (the PDF reader) differs; web pages take the defaults. */
export interface PageOptions {
  /** What the first scan reads: the document's body unless given. */
  root?: () => Node;
  /** Follow the page's own changes (web pages); the reader scans each text layer it adds itself. */
  watchMutations?: boolean;
  origin?: SnippetOrigin;
  /** The matcher of the reader's own terms, or null when there are none. */
  own?: () => Matcher | null;
}

/**
 * Everything Baylens does on one page (or frame): highlights, rescans after changes, the
 * hover card and keyboard stepping. `start` and `stop` follow the reader's on/off choice.
 */
export class PageController {
  private readonly doc: Document;
  private readonly loadedMatcher: () => Matcher | null;
  private readonly ownMatcher: () => Matcher | null;
  private readonly cardSource: CardSource;
  private readonly highlights = new PageHighlights();
  private readonly marks = new PageMarks(this.highlights);
  private readonly card: CardHost;
  private readonly shadowRoots: ShadowRoot[] = [];
  private readonly shadowSheet: CSSStyleSheet;
  /** The reader's colours and style; adopted by the document and every shadow root we read. */
  private readonly lookSheet = new CSSStyleSheet();
  private controller: AbortController | null = null;
  private scanner: PageScanner | null = null;
  private watcher: MutationWatcher | null = null;
  private hover: HoverTracker | null = null;
  private openMark: Mark | null = null;
  private currentStep: Mark | null = null;
  private pinned = false;
  /** A look-up card is open (it has no mark of its own). */
  private lookupOpen = false;
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly options: PageOptions;
  hoverDelayMs = 300;

  /** `matcher` gives the matcher once it has arrived; `start` is called only after it has. */
  constructor(
    doc: Document,
    matcher: () => Matcher | null,
    cardSource: CardSource,
    highlightCss: string,
    cardCss: string,
    options: PageOptions = {},
  ) {
    this.doc = doc;
    this.options = options;
    this.loadedMatcher = matcher;
    this.ownMatcher = options.own ?? (() => null);
    this.cardSource = cardSource;
    this.card = new CardHost(cardCss, doc);
    this.shadowSheet = new CSSStyleSheet();
    this.shadowSheet.replaceSync(highlightCss);
  }

  /** Applies the reader's colours, style and hidden kinds at once, without scanning again. */
  setLook(look: HighlightLook): void {
    this.lookSheet.replaceSync(look.css);
    adopt(this.doc, this.lookSheet);
    this.marks.setHidden(look.hidden);
    if (this.openMark && (look.hidden as readonly string[]).includes(this.openMark.kind)) this.closeCard();
  }

  private get matcher(): Matcher {
    const matcher = this.loadedMatcher();
    if (!matcher) throw new Error('The matcher has not arrived yet.');
    return matcher;
  }

  get running(): boolean {
    return this.controller !== null;
  }

  /** Highlights the page and keeps up with its changes; resolves when the first scan is done. */
  start(): Promise<void> {
    if (this.controller) return this.scanner!.idle();
    const controller = new AbortController();
    this.controller = controller;
    const ours = () => this.card.element;
    this.scanner = new PageScanner(
      this.matcher,
      this.marks,
      controller.signal,
      (shadow) => this.adoptShadowRoot(shadow),
      this.ownMatcher(),
    );
    this.watcher = new MutationWatcher((roots, removals) => {
      if (removals) this.marks.sweep();
      for (const root of roots) void this.scanner?.scan(root);
    }, ours);
    if (this.options.watchMutations !== false) {
      this.watcher.observe(this.doc.documentElement);
      for (const shadow of this.shadowRoots) this.watcher.observe(shadow);
    }
    this.hover = new HoverTracker(
      this.doc,
      this.marks,
      this.shadowRoots,
      (t) => this.card.contains(t as Node),
      (m, over) => this.hovered(m, over),
    );
    this.hover.start();
    this.doc.addEventListener('keydown', this.onKey, { capture: true });
    testMark('baylens:scan-start');
    const root = this.options.root?.() ?? this.doc.body ?? this.doc.documentElement;
    return this.scanner.scan(root).then(() => {
      if (controller.signal.aborted) return;
      const detail = { highlights: this.marks.size, longestSliceMs: this.scanner?.longestSliceMs ?? 0 };
      testMark('baylens:scan-done', detail);
    });
  }

  /** Removes every highlight and the card, and stops watching; the page is as it was. */
  stop(): void {
    this.halt();
    this.doc.removeEventListener('keydown', this.onKey, { capture: true });
    this.closeCard();
    this.card.remove();
  }

  private halt(): void {
    this.controller?.abort();
    this.controller = null;
    this.watcher?.disconnect();
    this.hover?.stop();
    this.marks.clear();
    this.scanner = null;
    this.currentStep = null;
  }

  /** Highlights the page again from the start: the reader's own terms changed. */
  restart(): Promise<void> {
    if (!this.controller) return Promise.resolve();
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
    return this.scanner?.scan(root) ?? Promise.resolve();
  }

  /** Resolves when all scanning queued so far is done. */
  idle(): Promise<void> {
    return this.scanner?.idle() ?? Promise.resolve();
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.includes(shadow)) return;
    this.shadowRoots.push(shadow);
    // ::highlight() rules apply per tree: a shadow root needs them too. Not a DOM change.
    adopt(shadow, this.shadowSheet);
    adopt(shadow, this.lookSheet);
    this.watcher?.observe(shadow);
  }

  private hovered(mark: Mark | null, overCard: boolean): void {
    if (overCard || (mark && mark === this.openMark)) {
      this.cancel('close');
      if (this.openMark) testMark('baylens:card-kept');
      return;
    }
    this.cancel('open');
    if (mark) {
      // Fetch during the delay, so the card opens with its content.
      const t = mark.target;
      void (t.type === 'entry' ? this.cardSource.entry(t.id) : t.type === 'own' ? this.cardSource.own(t.id) : this.cardSource.figure(t.id));
      this.openTimer = setTimeout(() => this.openCard(mark, false), this.hoverDelayMs);
    } else if (this.openMark && !this.pinned) {
      this.cancel('close');
      this.closeTimer = setTimeout(() => this.closeCard(), CLOSE_DELAY_MS);
    } else if (this.openMark) {
      testMark('baylens:card-kept');
    }
  }

  private cancel(which: 'open' | 'close'): void {
    const timer = which === 'open' ? this.openTimer : this.closeTimer;
    if (timer) clearTimeout(timer);
    if (which === 'open') this.openTimer = null;
    else this.closeTimer = null;
  }

  private renderCard(mark: Mark, focus: boolean) {
    return (
      <HoverCard
        key={mark.target.type + mark.target.id + (mark.target.type === 'figure' ? mark.target.surface : '')}
        target={mark.target}
        source={this.cardSource}
        pinned={this.pinned}
        focus={focus}
        onPin={() => {
          this.pinned = !this.pinned;
          this.card.update(this.renderCard(mark, false));
        }}
        onClose={() => this.closeCard()}
        onSave={() => this.saveSnippet(mark)}
        onOpenPanel={(id) => this.openPanel(id)}
      />
    );
  }

  /** Saves the sentence around a highlight, with its paragraph as context. */
  private async saveSnippet(mark: Mark): Promise<string> {
    const block = blockOf(mark.range.startContainer);
    const paragraph = block.textContent ?? '';
    const before = this.doc.createRange();
    before.selectNodeContents(block);
    before.setEnd(mark.range.startContainer, mark.range.startOffset);
    const start = before.toString().length;
    const end = start + mark.range.toString().length;
    const { text, before: context, after } = sentenceAround(paragraph, start, end);
    const origin = this.options.origin?.(mark.range) ?? {};
    const reply = await send({ type: 'snippet:save', text, before: context, after, title: this.doc.title, ...origin });
    return t(reply.duplicate ? 'cardAlreadySaved' : 'cardSaved');
  }

  /** Asks the side panel to show the reader's snippets about an entry. */
  private async openPanel(id: string): Promise<string> {
    const { opened } = await send({ type: 'panel:show-entry', id });
    return t(opened ? 'cardShownInPanel' : 'cardOpenPanelFirst');
  }

  /**
   * Opens the look-up card for text the reader selected, beside the selection (or at the top
   * of the window when the selection is gone). `grant` lets its "Add" add this text once.
   */
  lookUp(text: string, grant: string): void {
    const selection = this.doc.getSelection();
    let anchor: Range;
    if (selection && selection.rangeCount > 0 && !selection.getRangeAt(0).collapsed) {
      anchor = selection.getRangeAt(0).cloneRange();
    } else {
      anchor = this.doc.createRange();
      const field = this.doc.activeElement;
      if (field && field !== this.doc.body) anchor.selectNode(field);
      else anchor.setStart(this.doc.body ?? this.doc.documentElement, 0);
    }
    this.cancel('open');
    this.cancel('close');
    this.openMark = null;
    this.pinned = true;
    this.lookupOpen = true;
    const open = (hit: LookupHit) => {
      const mark: Mark = {
        range: anchor,
        nodes: [],
        kind: hit.own ? 'own' : hit.kind,
        target: { type: hit.own ? 'own' : 'entry', id: hit.id },
      };
      this.openMark = mark;
      this.pinned = true;
      this.card.show(this.renderCard(mark, true), anchor);
    };
    const add = async (kind: EntryKind) => {
      await send({ type: 'own:add-looked-up', grant, kind });
      return t('lookupAdded');
    };
    this.card.show(
      <LookupCard
        key={grant}
        text={text}
        find={(t) => send({ type: 'lookup:find', text: t })}
        onOpen={open}
        onAdd={add}
        onClose={() => this.closeCard()}
      />,
      anchor,
    );
    this.doc.addEventListener('keydown', this.onKey, { capture: true });
  }

  private openCard(mark: Mark, focus: boolean): void {
    if (this.pinned && this.openMark && !focus) return;
    this.cancel('open');
    this.cancel('close');
    if (this.openMark !== mark) this.pinned = false;
    this.openMark = mark;
    this.card.show(this.renderCard(mark, focus), mark.range);
  }

  private closeCard(): void {
    this.lookupOpen = false;
    this.cancel('open');
    this.cancel('close');
    this.openMark = null;
    this.pinned = false;
    this.card.hide();
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape' && (this.openMark || this.lookupOpen)) {
      this.closeCard();
      event.stopPropagation();
    }
  };

  /** Entries and figures on the page, most mentioned first, for the popup; names come from the background. */
  async digest(): Promise<PageDigest> {
    const matcher = this.loadedMatcher();
    if (!matcher) return { entries: [], figures: [] };
    const kinds = new Map(matcher.data.ids.map((id, i) => [id, matcher.entryKind(i)]));
    const figureSubjects = new Map(matcher.data.figures.map((f) => [f.id, matcher.entryId(f.subject)]));
    const counts = new Map<string, number>();
    const figures: PageDigest['figures'] = [];
    for (const mark of this.marks.ordered()) {
      const t = mark.target;
      if (t.type === 'entry') for (const id of t.also ? [t.id, ...t.also] : [t.id]) counts.set(id, (counts.get(id) ?? 0) + 1);
      else if (t.type === 'figure') figures.push({ id: t.id, surface: t.surface, status: t.status, subject: figureSubjects.get(t.id)! });
    }
    const names = counts.size ? await send({ type: 'card:names', ids: [...counts.keys()] }) : {};
    const entries = [...counts]
      .map(([id, count]) => ({ id, name: names[id] ?? id, kind: kinds.get(id)!, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return { entries, figures };
  }

  /** Scrolls to the next occurrence of one entry or figure and marks it as the current one. */
  reveal(id: string, target: 'entry' | 'figure'): RevealResult | null {
    const all = this.marks.ordered().filter((m) => m.target.type === target && m.target.id === id);
    if (all.length === 0) return null;
    const at = this.currentStep ? all.indexOf(this.currentStep) : -1;
    const mark = all[(at + 1) % all.length]!;
    this.makeCurrent(mark);
    return { index: all.indexOf(mark), total: all.length };
  }

  private makeCurrent(mark: Mark): void {
    if (this.currentStep) this.highlights.delete('current', this.currentStep.range);
    this.currentStep = mark;
    this.highlights.add('current', mark.range);
    this.highlights.flush();
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }

  /** Scrolls to the next or previous highlight, marks it as the current one and opens its card. */
  step(direction: 'next' | 'previous'): boolean {
    const all = this.marks.ordered();
    if (all.length === 0) return false;
    const at = this.currentStep ? all.indexOf(this.currentStep) : -1;
    const next = at === -1 ? (direction === 'next' ? 0 : all.length - 1) : (at + (direction === 'next' ? 1 : -1) + all.length) % all.length;
    const mark = all[next]!;
    this.makeCurrent(mark);
    this.openCard(mark, true);
    return true;
  }
}

/** Adds a constructed sheet to a document or shadow root once; not a DOM change. */
function adopt(root: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
