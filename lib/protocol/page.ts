import * as z from 'zod/mini';

/**
 * Messages a page's content script accepts from the extension; parsed on arrival like all
 * others. zod/mini, because the content script runs on every page.
 */
export const pageRequestSchema = z.discriminatedUnion('type', [
  /** Step to the next or previous highlight, scroll to it and open its card. */
  z.object({ type: z.literal('page:step'), direction: z.enum(['next', 'previous']) }),
]);
export type PageRequest = z.infer<typeof pageRequestSchema>;
