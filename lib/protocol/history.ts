import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9-]{1,80}$/);

/**
 * Reading history requests. A page's content script reports what it found (the background
 * takes the address and title from the tab, and records nothing in a private window, where
 * highlighting is off or when history is off) and may ask about an entry its own page named;
 * listing, counting and clearing are for extension pages.
 */
export const historyRequests = [
  z.object({ type: z.literal('history:visit'), entries: z.array(id).max(5_000) }),
  z.object({ type: z.literal('history:entry'), id }),
  z.object({ type: z.literal('history:stats') }),
  z.object({ type: z.literal('history:clear') }),
] as const;

export type HistoryRequestType = z.infer<(typeof historyRequests)[number]>['type'];
