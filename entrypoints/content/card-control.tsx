import { CardHost } from '@/lib/page/card-host';
import type { Mark } from '@/lib/page/marks';
import { t } from '@/lib/extension/i18n';
import { send } from '@/lib/extension/send';
import { HoverCard, type CardSource } from '@/components/HoverCard';
import { LookupCard } from '@/components/LookupCard';
import type { LookupHit } from '@/lib/lookup/find';
import type { EntryKind } from '@/lib/match/kinds';
import { testMark } from '@/lib/testing/test-build';
import type { CardActions } from './card-actions';
import { DEFAULT_SETTINGS } from '@/lib/protocol/settings';

/** Grace period for the pointer to travel from a highlight into its card. */
const CLOSE_DELAY_MS = 250;

/**
 * The hover card of one page: opened after the hover delay (or at once from the keyboard and
 * the look-up), kept while the pointer travels into it, pinned, closed with Escape. Only
 * trusted input reaches it: the hover tracker ignores scripted events, the card's root drops
 * them, and Escape counts only from the reader's keyboard.
 */
export class CardControl {
  private readonly doc: Document;
  private readonly host: CardHost;
  private readonly source: CardSource;
  private readonly actions: CardActions;
  private openMark: Mark | null = null;
  private pinned = false;
  /** A look-up card is open (it has no mark of its own). */
  private lookupOpen = false;
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  /** The highlight the pointer rests on, whose card opens when the delay is over. */
  private pending: Mark | null = null;
  /** Half-way through the delay, the pending card is prepared unseen (see CardHost.prepare). */
  private prepareTimer: ReturnType<typeof setTimeout> | null = null;
  private prepared: Mark | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  /** Ends the Escape listener; there is one while the card may be open. */
  private keys: AbortController | null = null;
  delayMs = DEFAULT_SETTINGS.hoverDelayMs;
  /**
   * Puts the card's words in the reader's language; settles when they are. Asked when a highlight
   * is first hovered, and waited for before a card opens.
   */
  words: () => Promise<unknown> = () => Promise.resolve();

  constructor(doc: Document, cardCss: string, source: CardSource, actions: CardActions) {
    this.doc = doc;
    this.host = new CardHost(cardCss, doc);
    this.source = source;
    this.actions = actions;
  }

  /** Whether a node is inside the card (the pointer travelling into it keeps it open). */
  contains(node: Node): boolean {
    return this.host.contains(node);
  }

  /** The card's host element, which the page's mutation watcher ignores. */
  get element(): Element | null {
    return this.host.element;
  }

  /**
   * Where the pointer rests now: over a highlight, over the card, or elsewhere. `at` is when it
   * moved there: the delay counts from then, not from when the move was looked at.
   */
  hovered(mark: Mark | null, overCard: boolean, at: number): void {
    if (overCard || (mark && mark === this.openMark)) {
      this.cancel('close');
      if (this.openMark) testMark('baylens:card-kept');
      return;
    }
    this.cancel('open');
    if (mark !== this.prepared) this.discardPrepared();
    if (mark) {
      // Fetch during the delay, so the card opens with its content and in the reader's words.
      void this.words();
      const target = mark.target;
      void (target.type === 'entry'
        ? this.source.entry(target.id)
        : target.type === 'own'
          ? this.source.own(target.id)
          : this.source.figure(target.id));
      const rest = Math.max(0, this.delayMs - (performance.now() - at));
      this.pending = mark;
      // Only when no card is showing: a prepared card would take the place of the one shown.
      if (!this.showing && mark !== this.prepared) this.prepareTimer = setTimeout(() => this.prepare(mark), rest / 2);
      this.openTimer = setTimeout(() => this.open(mark, false), rest);
    } else if (this.openMark && !this.pinned) {
      this.cancel('close');
      this.closeTimer = setTimeout(() => this.close(), CLOSE_DELAY_MS);
    } else if (this.openMark) {
      testMark('baylens:card-kept');
    }
  }

  /** Opens the card of a highlight; `focus` (from the keyboard) moves focus into it. */
  open(mark: Mark, focus: boolean): void {
    if (this.pinned && this.openMark && !focus) return;
    this.cancel('open');
    this.cancel('close');
    if (this.openMark !== mark) this.pinned = false;
    this.openMark = mark;
    this.listenForEscape();
    if (this.prepared === mark && !focus) {
      // Built and laid out during the delay: nothing is rendered again, only painted.
      this.prepared = null;
      this.host.reveal();
      return;
    }
    this.prepared = null;
    void this.words().then(() => {
      if (this.openMark === mark) this.host.show(this.render(mark, focus), mark.range);
    });
  }

  /** Builds the pending card unseen, if the pointer still rests on its highlight and no card shows. */
  private prepare(mark: Mark): void {
    this.prepareTimer = null;
    void this.words().then(() => {
      if (this.pending !== mark || this.showing) return;
      this.prepared = mark;
      this.host.prepare(this.render(mark, false), mark.range);
    });
  }

  /** Takes away a card prepared for a highlight the pointer has left. */
  private discardPrepared(): void {
    if (!this.prepared) return;
    this.prepared = null;
    if (!this.showing) this.host.hide();
  }

  /** A card is open for the reader: a hover card or the look-up card. */
  private get showing(): boolean {
    return this.openMark !== null || this.lookupOpen;
  }

  /**
   * Opens the look-up card for text the reader selected, beside the selection (or at the top
   * of the window when the selection is gone). `grant` lets its "Add" add this text once.
   */
  lookUp(text: string, grant: string): void {
    const anchor = this.selectionAnchor();
    this.prepared = null;
    this.cancel('open');
    this.cancel('close');
    this.openMark = null;
    this.pinned = true;
    this.lookupOpen = true;
    const openHit = (hit: LookupHit) => {
      const mark: Mark = {
        range: anchor,
        nodes: [],
        kind: hit.own ? 'own' : hit.kind,
        target: { type: hit.own ? 'own' : 'entry', id: hit.id },
      };
      this.openMark = mark;
      this.pinned = true;
      this.host.show(this.render(mark, true), anchor);
    };
    const add = async (kind: EntryKind) => {
      await send({ type: 'own:add-looked-up', grant, kind });
      return t('lookupAdded');
    };
    this.listenForEscape();
    const card = (
      <LookupCard
        key={grant}
        text={text}
        find={(query) => send({ type: 'lookup:find', text: query })}
        onOpen={openHit}
        onAdd={add}
        onClose={() => this.close()}
      />
    );
    void this.words().then(() => {
      if (this.lookupOpen && !this.openMark) this.host.show(card, anchor);
    });
  }

  /** Closes the card if it shows a highlight of one of these kinds (the reader hid them). */
  closeIfHidden(hidden: readonly string[]): void {
    if (this.openMark && hidden.includes(this.openMark.kind)) this.close();
  }

  close(): void {
    this.lookupOpen = false;
    this.prepared = null;
    this.cancel('open');
    this.cancel('close');
    this.openMark = null;
    this.pinned = false;
    this.keys?.abort();
    this.keys = null;
    this.host.hide();
  }

  /** Closes the card and takes its host out of the page. */
  remove(): void {
    this.close();
    this.host.remove();
  }

  private render(mark: Mark, focus: boolean) {
    return (
      <HoverCard
        key={mark.target.type + mark.target.id + (mark.target.type === 'figure' ? mark.target.surface : '')}
        target={mark.target}
        source={this.source}
        pinned={this.pinned}
        focus={focus}
        onPin={() => {
          this.pinned = !this.pinned;
          this.host.update(this.render(mark, false));
        }}
        onClose={() => this.close()}
        onSave={() => this.actions.save(mark)}
        onOpenPanel={(id) => this.actions.openPanel(id)}
      />
    );
  }

  /** The selection to place a look-up card by, or the focused field, or the top of the page. */
  private selectionAnchor(): Range {
    const selection = this.doc.getSelection();
    if (selection && selection.rangeCount > 0 && !selection.getRangeAt(0).collapsed) return selection.getRangeAt(0).cloneRange();
    const anchor = this.doc.createRange();
    const field = this.doc.activeElement;
    if (field && field !== this.doc.body) anchor.selectNode(field);
    else anchor.setStart(this.doc.body ?? this.doc.documentElement, 0);
    return anchor;
  }

  private listenForEscape(): void {
    if (this.keys) return;
    this.keys = new AbortController();
    this.doc.addEventListener(
      'keydown',
      (event: KeyboardEvent) => {
        if (event.isTrusted && event.key === 'Escape' && (this.openMark || this.lookupOpen)) {
          this.close();
          event.stopPropagation();
        }
      },
      { capture: true, signal: this.keys.signal },
    );
  }

  private cancel(which: 'open' | 'close'): void {
    const timer = which === 'open' ? this.openTimer : this.closeTimer;
    if (timer) clearTimeout(timer);
    if (which === 'open') {
      this.openTimer = null;
      this.pending = null;
      if (this.prepareTimer) clearTimeout(this.prepareTimer);
      this.prepareTimer = null;
    } else this.closeTimer = null;
  }
}
