import { LIMITS } from './schema';

/**
 * Tags as the reader typed them ("Hengqin, tax ,  tax") become a clean list: trimmed, inner
 * spaces collapsed, duplicates dropped whatever their case, the first spelling kept.
 */
export function cleanTags(input: string | readonly string[]): string[] {
  const parts = typeof input === 'string' ? input.split(/[,，、;；\n]/) : input;
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of parts) {
    const tag = part.replace(/\s+/g, ' ').trim().slice(0, LIMITS.tag);
    const key = tag.toLocaleLowerCase('en-US');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
    if (tags.length === LIMITS.tags) break;
  }
  return tags;
}

/** The tags as one editable line, the inverse of cleanTags. */
export function tagsLine(tags: readonly string[]): string {
  return tags.join(', ');
}
