import { describe, expect, it } from 'vitest';
import type { CardSource } from '../../components/HoverCard';
import type { Mark } from '../../lib/page/marks';
import type { CardActions } from '../../entrypoints/content/card-actions';
import type { Card, MakeCard } from '../../entrypoints/content/card-slot';
import { LazyCard } from '../../entrypoints/content/lazy-card';

/** A card that writes down what it is asked, and a loader that hands it out when the test says. */
function harness() {
  const calls: string[] = [];
  const made: Card[] = [];
  const loads: { resolve: (make: MakeCard) => void; reject: (error: Error) => void }[] = [];
  const make: MakeCard = () => {
    const card: Card = {
      delayMs: 0,
      words: () => Promise.resolve(),
      element: null,
      contains: () => true,
      hovered: (mark, overCard, at) => void calls.push(`hovered ${mark ? name(mark) : 'nothing'} ${overCard} ${at}`),
      open: (mark, focus) => void calls.push(`open ${name(mark)} ${focus}`),
      lookUp: (text) => void calls.push(`lookUp ${text}`),
      closeIfHidden: (hidden) => void calls.push(`closeIfHidden ${hidden.join()}`),
      remove: () => void calls.push('remove'),
    };
    made.push(card);
    return card;
  };
  const load = () => new Promise<MakeCard>((resolve, reject) => loads.push({ resolve, reject }));
  const lazy = new LazyCard({} as Document, {} as CardSource, {} as CardActions, load);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { calls, made, loads, make, lazy, settle };
}

const mark = (id: string) => ({ target: { type: 'entry', id } }) as unknown as Mark;
const name = (m: Mark) => (m.target as { id: string }).id;

describe('the hover card loaded at the first hover', () => {
  it('loads nothing while the pointer rests on no highlight', () => {
    const { lazy, loads } = harness();
    lazy.hovered(null, false, 10);
    lazy.closeIfHidden(['person']);
    lazy.remove();
    expect(lazy.contains({} as Node)).toBe(false);
    expect(lazy.element).toBeNull();
    expect(loads).toHaveLength(0);
  });

  it('once loaded, does the latest request only, with the time the pointer came to rest', async () => {
    const { lazy, loads, make, calls, settle } = harness();
    lazy.hovered(mark('hengqin'), false, 100);
    lazy.hovered(mark('qianhai'), false, 140);
    expect(loads).toHaveLength(1);
    loads[0]!.resolve(make);
    await settle();
    expect(calls).toEqual(['hovered qianhai false 140']);
    // From now on every request goes straight to the card.
    lazy.hovered(null, false, 200);
    expect(calls).toEqual(['hovered qianhai false 140', 'hovered nothing false 200']);
    expect(lazy.contains({} as Node)).toBe(true);
  });

  it('opens nothing when the pointer left before the card arrived', async () => {
    const { lazy, loads, make, made, calls, settle } = harness();
    lazy.hovered(mark('hengqin'), false, 100);
    lazy.hovered(null, false, 120);
    loads[0]!.resolve(make);
    await settle();
    expect(made).toHaveLength(1);
    expect(calls).toEqual([]);
  });

  it('hands the card the reader’s hover delay and words, set before and after it arrived', async () => {
    const { lazy, loads, make, made, settle } = harness();
    let asked = 0;
    const words = () => Promise.resolve(++asked);
    lazy.delayMs = 450;
    lazy.words = words;
    lazy.open(mark('hengqin'), true);
    // The words are read while the card's script loads.
    expect(asked).toBe(1);
    loads[0]!.resolve(make);
    await settle();
    expect(made[0]!.delayMs).toBe(450);
    expect(made[0]!.words).toBe(words);
    lazy.delayMs = 0;
    expect(made[0]!.delayMs).toBe(0);
    expect(lazy.delayMs).toBe(0);
  });

  it('tries again at the next request when the card’s script failed to load', async () => {
    const { lazy, loads, make, calls, settle } = harness();
    lazy.lookUp('Nansha', 'grant-1');
    loads[0]!.reject(new Error('not loaded'));
    await settle();
    lazy.lookUp('Nansha', 'grant-2');
    expect(loads).toHaveLength(2);
    loads[1]!.resolve(make);
    await settle();
    expect(calls).toEqual(['lookUp Nansha']);
  });

  it('is taken out of the page and comes back at the next hover, without loading again', async () => {
    const { lazy, loads, make, made, calls, settle } = harness();
    lazy.open(mark('hengqin'), false);
    loads[0]!.resolve(make);
    await settle();
    lazy.remove();
    lazy.hovered(mark('qianhai'), false, 300);
    expect(loads).toHaveLength(1);
    expect(made).toHaveLength(1);
    expect(calls).toEqual(['open hengqin false', 'remove', 'hovered qianhai false 300']);
  });
});
