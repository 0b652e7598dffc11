import type { CardSource } from '@/components/HoverCard';
import type { Mark } from '@/lib/page/marks';
import type { CardActions } from './card-actions';

/** What the page controller asks of the hover card: CardControl, or a LazyCard until its script has loaded. */
export interface Card {
  delayMs: number;
  /** Puts the card's words in the reader's language; settles when they are. */
  words: () => Promise<unknown>;
  readonly element: Element | null;
  contains(node: Node): boolean;
  hovered(mark: Mark | null, overCard: boolean, at: number): void;
  open(mark: Mark, focus: boolean): void;
  lookUp(text: string, grant: string): void;
  closeIfHidden(hidden: readonly string[]): void;
  remove(): void;
}

/** Makes a page's card (see make-card.ts). */
export type MakeCard = (doc: Document, source: CardSource, actions: CardActions) => Card;

/** The hover delay before the reader's settings say otherwise (lib/protocol/settings.ts has the same default). */
export const DEFAULT_HOVER_DELAY_MS = 300;

/**
 * Where the card's script (entrypoints/card.ts) leaves its maker: on the global object of the
 * isolated world it shares with the content script, which the page cannot see.
 */
export const CARD_SLOT = '__baylensMakeCard';
export type WithCardSlot = typeof globalThis & { [CARD_SLOT]?: MakeCard };
