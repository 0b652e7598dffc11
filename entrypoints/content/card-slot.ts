import type { CardSource } from '@/components/HoverCard';
import { worldSlot } from '@/lib/extension/world-slot';
import type { CardActions } from './card-actions';
import type { CardControl } from './card-control';

/** What the page controller asks of the hover card: CardControl, or a LazyCard until its script has loaded. */
export type Card = Pick<
  CardControl,
  'delayMs' | 'words' | 'element' | 'contains' | 'hovered' | 'open' | 'lookUp' | 'closeIfHidden' | 'remove'
>;

/** Makes a page's card (see make-card.ts). */
export type MakeCard = (doc: Document, source: CardSource, actions: CardActions) => Card;

/** Where the card's script (entrypoints/card.ts) leaves its maker, in the isolated world it shares with the content script. */
export const cardSlot = worldSlot<MakeCard>('__baylensMakeCard');
