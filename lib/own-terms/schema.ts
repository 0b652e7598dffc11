import { z } from 'zod';
import { ENTRY_KINDS } from '../match/kinds';
import { hasControlCharacters } from '../snippets/control';
import { nameProblem } from './names';
import { english } from './problems';

/** The stored version of the reader's own terms; export files carry them from export version 3. */
export const OWN_TERMS_VERSION = 1;

/** Limits that keep one term readable in a card and the list quick to match. */
export const OWN_LIMITS = {
  name: 200,
  names: 20,
  note: 2_000,
  links: 20,
  terms: 2_000,
} as const;

/** Own term ids share the index's id alphabet, so they travel in the same messages. */
export const ownIdSchema = z.string().regex(/^own-[a-z0-9-]{1,60}$/, { message: 'is not an own term id' });

export const entryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'is not an entry id' })
  .max(100);

/** One name as the reader typed it: refused with the reason a reader can act on. */
export const ownNameSchema = z.string().superRefine((name, ctx) => {
  const problem = nameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: english(problem), params: { problem } });
});

const isoTime = z.iso.datetime({ offset: true, message: 'is not a date and time' });

/** What the reader enters for a term: the editor, the look-up card and an import all give this. */
export const ownTermInputSchema = z.object({
  /** The first name is the one shown; the rest are aliases, in any script. */
  names: z
    .array(ownNameSchema)
    .min(1, { message: 'needs at least one name' })
    .max(OWN_LIMITS.names, { message: `has more than ${OWN_LIMITS.names} names` }),
  kind: z.enum(ENTRY_KINDS),
  note: z
    .string()
    .max(OWN_LIMITS.note, { message: `is longer than ${OWN_LIMITS.note.toLocaleString('en-US')} characters` })
    .refine((note) => !hasControlCharacters(note), { message: 'contains control characters' }),
  /** Index entries this term is about or belongs to. */
  links: z.array(entryIdSchema).max(OWN_LIMITS.links, { message: `links more than ${OWN_LIMITS.links} entries` }),
});
export type OwnTermInput = z.infer<typeof ownTermInputSchema>;

/** One own term as stored (version 1) and as exported. */
export const ownTermSchema = ownTermInputSchema.extend({
  id: ownIdSchema,
  createdAt: isoTime,
  /** When it last changed: the newer copy wins when an import meets it. */
  editedAt: isoTime,
});
export type OwnTerm = z.infer<typeof ownTermSchema>;

/** The stored list (`local:ownTerms`). */
export const ownTermsStoreSchema = z.object({ terms: z.array(z.unknown()) });
