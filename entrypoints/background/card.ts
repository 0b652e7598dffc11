import index from 'virtual:baylens/index';
import { CardBuilder } from '@/lib/kb/card';
import type { Handlers } from './router';

let builder: CardBuilder | null = null;
/** Built on first use: a service worker that only routes settings never pays for it. */
const cards = () => (builder ??= new CardBuilder(index));

/** Card contents for the page: descriptions, figures and passages stay out of the content script. */
export const cardHandlers: Handlers<'card:entry' | 'card:figure' | 'card:names' | 'card:matcher'> = {
  'card:matcher': () => index.matcher,
  'card:entry': ({ id }) => cards().entry(id),
  'card:figure': ({ id }) => cards().figureCard(id),
  'card:names': ({ ids }) => Object.fromEntries(ids.map((id) => [id, cards().entryRef(id)?.name ?? id])),
};
