import { makeCard } from './content/make-card';
import { cardSlot } from './content/card-slot';

/**
 * The hover card's code (the card, its views and Preact), which most pages never run. The content
 * script loads it at the first hover, look-up or keyboard opening (entrypoints/content/lazy-card.ts),
 * so no page parses it at start-up. It runs in the content script's isolated world and leaves the
 * card's maker there.
 */
export default defineUnlistedScript(() => {
  cardSlot.set(makeCard);
});
