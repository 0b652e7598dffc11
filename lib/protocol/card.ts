import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9-]{1,80}$/);

/** A page asks for the card of something it highlighted; only ids travel, never page text. */
export const cardRequests = [
  z.object({ type: z.literal('card:entry'), id }),
  z.object({ type: z.literal('card:figure'), id }),
] as const;
