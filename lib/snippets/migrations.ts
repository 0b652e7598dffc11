import { z } from 'zod';
import { snippetSchema, type Snippet } from './schema';
import { cleanTags } from './tags';

/**
 * Schema version 1, as the first release stored it: every snippet under one key, by id, with
 * the page flat on the snippet, the time in epoch milliseconds, the entries called "entities",
 * the tags as the comma-separated line the reader typed, and no surrounding context.
 */
export const snippetV1Schema = z.object({
  id: z.string(),
  text: z.string(),
  url: z.string(),
  title: z.string().default(''),
  savedAt: z.number().int().nonnegative(),
  entities: z.array(z.string()).default([]),
  note: z.string().default(''),
  tags: z.string().default(''),
});
export type SnippetV1 = z.infer<typeof snippetV1Schema>;

/** One version 1 snippet in the current shape, or null when it does not make a valid one. */
export function snippetFromV1(raw: unknown): Snippet | null {
  const old = snippetV1Schema.safeParse(raw);
  if (!old.success) return null;
  const v1 = old.data;
  const parsed = snippetSchema.safeParse({
    id: v1.id,
    text: v1.text,
    context: { before: '', after: '' },
    page: { url: v1.url, title: v1.title },
    savedAt: new Date(v1.savedAt).toISOString(),
    entries: [...new Set(v1.entities)],
    note: v1.note,
    tags: cleanTags(v1.tags),
  });
  return parsed.success ? parsed.data : null;
}

/**
 * Version 1 → 2. Nothing is dropped: what does not convert is returned as it was, for the
 * store to keep where the panel can count it.
 */
export function migrateV1(value: unknown): { snippets: Snippet[]; unreadable: unknown[] } {
  const snippets: Snippet[] = [];
  const unreadable: unknown[] = [];
  const items = value && typeof value === 'object' ? Object.values(value) : [];
  for (const raw of items) {
    const snippet = snippetFromV1(raw);
    if (snippet) snippets.push(snippet);
    else unreadable.push(raw);
  }
  return { snippets, unreadable };
}
