import type { CardSource } from '@/components/HoverCard';
import type { CardActions } from './card-actions';
import type { CardControl } from './card-control';

/** What the page controller asks of the hover card: CardControl, or a LazyCard until its script has loaded. */
export type Card = Pick<
  CardControl,
  'delayMs' | 'words' | 'element' | 'contains' | 'hovered' | 'open' | 'lookUp' | 'closeIfHidden' | 'remove'
>;

/** Makes a page's card (see make-card.ts). */
export type MakeCard = (doc: Document, source: CardSource, actions: CardActions) => Card;

/**
 * Where the card's script (entrypoints/card.ts) leaves its maker: on the global object of the
 * isolated world it shares with the content script, which the page cannot see.
 */
export const CARD_SLOT = '__baylensMakeCard';
export type WithCardSlot = typeof globalThis & { [CARD_SLOT]?: MakeCard };
