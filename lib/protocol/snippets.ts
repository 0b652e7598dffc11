import { z } from 'zod';
import { ownTermSchema } from '../own-terms/schema';
import { LIMITS, pageUrlSchema, snippetEditSchema, snippetSchema } from '../snippets/schema';

const ref = z.object({ id: z.string().min(1).max(64), savedAt: z.string().max(40).optional() });

/**
 * Snippet requests. The background is their only writer; each reply is the changed state, so
 * a caller never has to guess what happened.
 *
 * `snippet:save` is what the hover card's "Save snippet" button sends from the content script:
 * the selected text and a little of the page around it. The page's address and title come
 * from the sender (its frame URL and tab), the entries from the matcher. It replies
 * `{ snippet, duplicate }`: `duplicate` is true when the same words from the same page were
 * already saved, and `snippet` is then the copy already in the library. The tab's toolbar
 * button shows ✓ either way.
 */
export const snippetRequests = [
  z.object({
    type: z.literal('snippet:save'),
    text: z
      .string()
      .min(1)
      .max(LIMITS.text * 2),
    before: z.string().max(5_000).optional(),
    after: z.string().max(5_000).optional(),
    /** The frame's document.title when it differs from the tab's (an iframe's article). */
    title: z.string().max(LIMITS.title).optional(),
    /**
     * The PDF's own address and the page the words are on, from the Baylens reader. Taken only
     * from the reader's own page: a web page's address always comes from its sender.
     */
    url: pageUrlSchema.optional(),
    pageNumber: z.number().int().min(1).max(LIMITS.pages).optional(),
  }),
  /** Brings the library to the current schema version (first use after an update) and counts it. */
  z.object({ type: z.literal('snippets:open') }),
  z.object({ type: z.literal('snippet:edit'), snippet: ref, edit: snippetEditSchema }),
  /** Replies with the deleted snippets, which `snippets:restore` puts back (the panel's undo). */
  z.object({ type: z.literal('snippet:delete'), snippets: z.array(ref).min(1).max(100_000) }),
  z.object({ type: z.literal('snippets:restore'), snippets: z.array(snippetSchema).max(100_000) }),
  /**
   * An import, already read and checked by the panel; merged without duplicates. The reader's
   * own terms of the file come with it and are merged first: if they cannot be, nothing is.
   */
  z.object({
    type: z.literal('snippets:import'),
    snippets: z.array(snippetSchema).max(100_000),
    ownTerms: z.array(ownTermSchema).max(10_000).optional(),
  }),
] as const;

export type SnippetRequestType = z.infer<(typeof snippetRequests)[number]>['type'];
