import type { CardSource } from '@/components/HoverCard';
import { send } from '@/lib/extension/send';
import type { CardFigure, EntryCardData, EntryRef } from '@/lib/kb/card';

/** Card contents come from the background; each is fetched once per page and kept once it arrives. */
export function cardSource(): CardSource {
  const entries = new Map<string, Promise<EntryCardData | null>>();
  const figures = new Map<string, Promise<{ figure: CardFigure; subject: EntryRef } | null>>();
  const arrived = new Map<string, unknown>();
  const keep = <T>(key: string, promise: Promise<T>): Promise<T> =>
    promise.then((value) => {
      arrived.set(key, value);
      return value;
    });
  return {
    // Own terms and the history change while the page is open: asked afresh each time.
    own: (id) => send({ type: 'own:card', id }),
    seen: (id) => send({ type: 'history:entry', id }),
    entry: (id) => {
      if (!entries.has(id)) entries.set(id, keep(`e:${id}`, send({ type: 'card:entry', id })));
      return entries.get(id)!;
    },
    figure: (id) => {
      if (!figures.has(id)) figures.set(id, keep(`f:${id}`, send({ type: 'card:figure', id })));
      return figures.get(id)!;
    },
    entryNow: (id) => arrived.get(`e:${id}`) as EntryCardData | null | undefined,
    figureNow: (id) => arrived.get(`f:${id}`) as { figure: CardFigure; subject: EntryRef } | null | undefined,
  };
}
