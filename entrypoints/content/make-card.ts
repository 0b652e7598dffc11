import cardCss from '@/components/card.css?inline';
import { CardControl } from './card-control';
import type { MakeCard } from './card-slot';

/** The hover card with its stylesheet: made by the card's script on a web page, directly in the PDF reader. */
export const makeCard: MakeCard = (doc, source, actions) => new CardControl(doc, cardCss, source, actions);
