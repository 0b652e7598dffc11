import type { CardSource } from '@/components/HoverCard';
import type { Mark } from '@/lib/page/marks';
import { DEFAULT_SETTINGS } from '@/lib/protocol/settings';
import type { CardActions } from './card-actions';
import type { Card, MakeCard } from './card-slot';

/**
 * A page's hover card whose code is loaded the first time the reader needs it: a highlight the
 * pointer rests on, a look-up, a card opened from the keyboard. Until then the page has parsed
 * none of it. What the reader asks for while it loads is done once it has, the latest request
 * only, with the time the pointer came to rest, so the hover delay counts from then.
 */
export class LazyCard implements Card {
  private card: Card | null = null;
  private loading = false;
  /** The reader's latest request while the card loads, or null when the pointer has left. */
  private asked: ((card: Card) => void) | null = null;
  private delay = DEFAULT_SETTINGS.hoverDelayMs;
  private wordsNow: () => Promise<unknown> = () => Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly source: CardSource,
    private readonly actions: CardActions,
    private readonly load: () => Promise<MakeCard>,
  ) {}

  get delayMs(): number {
    return this.delay;
  }

  set delayMs(ms: number) {
    this.delay = ms;
    if (this.card) this.card.delayMs = ms;
  }

  get words(): () => Promise<unknown> {
    return this.wordsNow;
  }

  set words(words: () => Promise<unknown>) {
    this.wordsNow = words;
    if (this.card) this.card.words = words;
  }

  get element(): Element | null {
    return this.card?.element ?? null;
  }

  contains(node: Node): boolean {
    return this.card?.contains(node) ?? false;
  }

  hovered(mark: Mark | null, overCard: boolean, at: number): void {
    if (this.card) this.card.hovered(mark, overCard, at);
    // Before the card exists there is nothing to keep open or close: only a highlight asks for it.
    else this.whenLoaded(mark ? (card) => card.hovered(mark, overCard, at) : null);
  }

  open(mark: Mark, focus: boolean): void {
    if (this.card) this.card.open(mark, focus);
    else this.whenLoaded((card) => card.open(mark, focus));
  }

  lookUp(text: string, grant: string): void {
    if (this.card) this.card.lookUp(text, grant);
    else this.whenLoaded((card) => card.lookUp(text, grant));
  }

  closeIfHidden(hidden: readonly string[]): void {
    this.card?.closeIfHidden(hidden);
  }

  /** Closes the card and takes it out of the page (Baylens switched off here); a later request brings it back. */
  remove(): void {
    this.asked = null;
    this.card?.remove();
  }

  /** Keeps the latest request and loads the card, once; a failed load is tried again at the next request. */
  private whenLoaded(request: ((card: Card) => void) | null): void {
    this.asked = request;
    if (!request || this.loading) return;
    this.loading = true;
    // The card's words are read while its script loads, as the card itself would on a hover.
    void this.wordsNow();
    this.load().then(
      (make) => {
        const card = make(this.doc, this.source, this.actions);
        card.delayMs = this.delay;
        card.words = this.wordsNow;
        this.card = card;
        const asked = this.asked;
        this.asked = null;
        asked?.(card);
      },
      () => {
        this.loading = false;
      },
    );
  }
}
