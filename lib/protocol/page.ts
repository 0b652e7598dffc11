import * as z from 'zod/mini';

/**
 * Messages a page's content script accepts from the extension; parsed on arrival like all
 * others. zod/mini, because the content script runs on every page.
 */
export const pageRequestSchema = z.discriminatedUnion('type', [
  /** Where the page is: the popup asks, and no answer means Baylens cannot run there. */
  z.object({ type: z.literal('page:hello') }),
  /** What the page mentions: entries with counts, and figures with their verdicts. */
  z.object({ type: z.literal('page:digest') }),
  /** Scroll to the next occurrence of one entry (or figure) and mark it as the current one. */
  z.object({ type: z.literal('page:reveal'), id: z.string().check(z.maxLength(80)), target: z.enum(['entry', 'figure']) }),
  /** Step to the next or previous highlight, scroll to it and open its card. */
  z.object({ type: z.literal('page:step'), direction: z.enum(['next', 'previous']) }),
]);
export type PageRequest = z.infer<typeof pageRequestSchema>;

/** The answer to page:hello. */
export interface PageHello {
  host: string;
  url: string;
  title: string;
}

/** The answer to page:digest. */
export interface PageDigest {
  entries: { id: string; name: string; kind: string; count: number }[];
  figures: { id: string; surface: string; status: 'match' | 'mismatch'; subject: string }[];
}

/** The answer to page:reveal: which occurrence is now shown, of how many. */
export interface RevealResult {
  index: number;
  total: number;
}
