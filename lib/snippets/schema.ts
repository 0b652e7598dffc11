import { z } from 'zod';
import { hasControlCharacters } from './control';

/** The stored schema version; export files carry the same number. */
export const SNIPPET_SCHEMA_VERSION = 2;

/** Limits that keep one snippet, and one library, within what storage and the panel handle well. */
export const LIMITS = {
  text: 50_000,
  context: 600,
  title: 1_000,
  url: 8_192,
  note: 10_000,
  tags: 40,
  tag: 60,
  entries: 300,
  /** More pages than any real PDF has. */
  pages: 1_000_000,
} as const;

const text = (max: number) =>
  z
    .string()
    .max(max, { message: `is longer than ${max.toLocaleString('en-US')} characters` })
    .refine((value) => !hasControlCharacters(value), { message: 'contains control characters' });

/** Only pages a reader can open again: a `javascript:` or `data:` link is never stored. */
export const pageUrlSchema = z
  .string()
  .max(LIMITS.url)
  .refine(
    (value) => {
      try {
        return ['http:', 'https:', 'file:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: 'is not a web address (http, https or file)' },
  );

const isoTime = z.iso.datetime({ offset: true, message: 'is not a date and time' });

export const tagSchema = text(LIMITS.tag).min(1);

/** One saved snippet, as stored (schema version 2) and as exported. */
export const snippetSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'is not a snippet id' }),
  text: text(LIMITS.text).min(1, { message: 'is empty' }),
  /** A little of the page around the selection, so the snippet reads in its setting. */
  context: z.object({ before: text(LIMITS.context), after: text(LIMITS.context) }),
  /**
   * Where the words were read. `number` is the page of a PDF read in the Baylens reader (its
   * citation says "p. 12"); snippets from web pages, and every snippet saved before the reader
   * existed, have none. A local PDF's `url` is `file:///` and its file name: the reader is
   * never told the folder.
   */
  page: z.object({ url: pageUrlSchema, title: text(LIMITS.title), number: z.number().int().min(1).max(LIMITS.pages).optional() }),
  savedAt: isoTime,
  /** When the note or tags last changed: the newer copy wins when an import meets it. */
  editedAt: isoTime.optional(),
  /** Index entries the text mentions, found by the matcher when it was saved. */
  entries: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'is not an entry id' })
        .max(100),
    )
    .max(LIMITS.entries),
  note: text(LIMITS.note),
  tags: z.array(tagSchema).max(LIMITS.tags),
});
export type Snippet = z.infer<typeof snippetSchema>;

/** What the reader may change after saving. */
export const snippetEditSchema = z.object({
  note: text(LIMITS.note).optional(),
  tags: z.array(tagSchema).max(LIMITS.tags).optional(),
});
export type SnippetEdit = z.infer<typeof snippetEditSchema>;
