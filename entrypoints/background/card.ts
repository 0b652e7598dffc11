import index from 'virtual:baylens/index';
import { CardBuilder } from '@/lib/kb/card';
import { nameScriptFor } from '@/lib/i18n/names';
import { readerLanguage } from './language';
import type { Handlers } from './router';

let builder: CardBuilder | null = null;
/**
 * Built on first use: a service worker that only routes settings never pays for it. Names come
 * in the reader's script.
 */
async function cards(): Promise<CardBuilder> {
  const language = await readerLanguage();
  builder ??= new CardBuilder(index);
  builder.nameScript = nameScriptFor(language);
  return builder;
}

/** Card contents for the page: descriptions, figures and passages stay out of the content script. */
export const cardHandlers: Handlers<'card:entry' | 'card:figure' | 'card:names' | 'card:matcher'> = {
  'card:matcher': () => index.matcher,
  'card:entry': async ({ id }) => (await cards()).entry(id),
  'card:figure': async ({ id }) => (await cards()).figureCard(id),
  'card:names': async ({ ids }) => {
    const builder = await cards();
    return Object.fromEntries(ids.map((id) => [id, builder.entryRef(id)?.name ?? id]));
  },
};
