import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9-]{1,80}$/);

/** A page asks for the card of something it highlighted; only ids travel, never page text. */
export const cardRequests = [
  z.object({ type: z.literal('card:entry'), id }),
  z.object({ type: z.literal('card:figure'), id }),
  /** The matcher's tables, compiled at build time, for a page about to highlight. */
  z.object({ type: z.literal('card:matcher') }),
  /** The English names of entries a page's digest lists: the content script carries no names. */
  z.object({ type: z.literal('card:names'), ids: z.array(id).max(5000) }),
] as const;
