import { browser } from 'wxt/browser';
import { CARD_SLOT, type MakeCard, type WithCardSlot } from './card-slot';

/**
 * Loads the card's script (entrypoints/card.ts) into this isolated world, once, and gives its
 * maker. The script is one of the extension's own files, listed as web-accessible under a URL
 * that changes every session, so pages cannot probe for it; nothing is read from the network.
 */
export async function loadCardScript(): Promise<MakeCard> {
  const slot = globalThis as WithCardSlot;
  if (!slot[CARD_SLOT]) await import(/* @vite-ignore */ browser.runtime.getURL('/card.js'));
  const make = slot[CARD_SLOT];
  if (!make) throw new Error('the card script ran but left no card');
  return make;
}
