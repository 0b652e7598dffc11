import type { CardSource } from '@/components/HoverCard';
import { send } from '@/lib/extension/send';
import type { CardFigure, EntryCardData, EntryRef } from '@/lib/kb/card';

/** Card contents come from the background; each is fetched once per page. */
export function cardSource(): CardSource {
  const entries = new Map<string, Promise<EntryCardData | null>>();
  const figures = new Map<string, Promise<{ figure: CardFigure; subject: EntryRef } | null>>();
  return {
    entry: (id) => {
      if (!entries.has(id)) entries.set(id, send({ type: 'card:entry', id }));
      return entries.get(id)!;
    },
    figure: (id) => {
      if (!figures.has(id)) figures.set(id, send({ type: 'card:figure', id }));
      return figures.get(id)!;
    },
  };
}
