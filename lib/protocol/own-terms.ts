import { z } from 'zod';
import { ENTRY_KINDS } from '../match/kinds';
import { ownIdSchema, ownTermSchema } from '../own-terms/schema';

/**
 * What the editor sends: checked in full by the writer (lib/own-terms/list.ts), which gives
 * the reader's reasons; here only the shape and generous bounds.
 */
const termInput = z.object({
  names: z.array(z.string().max(1_000)).max(50),
  kind: z.enum(ENTRY_KINDS),
  note: z.string().max(10_000),
  links: z.array(z.string().max(100)).max(50),
});

/**
 * Requests about the reader's own terms. Changing them is for extension pages (the side panel,
 * the options page); a page's content script may only ask for the matcher and a term's card,
 * and add the one text the reader chose to look up (`own:add-looked-up`, with the grant the
 * background gave that look-up).
 */
export const ownTermRequests = [
  z.object({ type: z.literal('own:list') }),
  z.object({ type: z.literal('own:add'), term: termInput }),
  z.object({ type: z.literal('own:edit'), id: ownIdSchema, term: termInput }),
  z.object({ type: z.literal('own:delete'), id: ownIdSchema }),
  z.object({ type: z.literal('own:restore'), term: ownTermSchema }),
  /** The tables of a second, small matcher over the reader's terms; null when there are none. */
  z.object({ type: z.literal('own:matcher') }),
  z.object({ type: z.literal('own:card'), id: ownIdSchema }),
  /** Entries and own terms a selected text names, whole or in part. */
  z.object({ type: z.literal('lookup:find'), text: z.string().min(1).max(1_000) }),
  z.object({
    type: z.literal('own:add-looked-up'),
    grant: z.string().regex(/^[0-9a-f-]{36}$/),
    kind: z.enum(ENTRY_KINDS),
  }),
] as const;

export type OwnTermRequestType = z.infer<(typeof ownTermRequests)[number]>['type'];
