import { browser } from 'wxt/browser';
import { cardSlot, type MakeCard } from './card-slot';

/**
 * Loads the card's script (entrypoints/card.ts) into this isolated world and gives its maker; the
 * browser runs a module once, however often it is imported. The script is one of the extension's
 * own files, listed as web-accessible under a URL that changes every session, so pages cannot
 * probe for it; nothing is read from the network.
 */
export async function loadCardScript(): Promise<MakeCard> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/card.js'));
  const make = cardSlot.get();
  if (!make) throw new Error('the card script ran but left no card');
  return make;
}
