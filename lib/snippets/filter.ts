import type { Snippet } from './schema';
import type { SnippetSearch } from './search';
import { siteOf } from './site';

/** What the panel shows: all of it unset means the whole library. */
export interface SnippetFilter {
  query: string;
  entry?: string;
  tag?: string;
  site?: string;
}

export const NO_FILTER: SnippetFilter = { query: '' };

/** Whether the panel shows part of the library: counts then say "n of N" and export offers the part. */
export function isFiltered(filter: SnippetFilter): boolean {
  return filter.query.trim() !== '' || !!filter.entry || !!filter.tag || !!filter.site;
}

const sameTag = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** The snippets that pass every part of the filter, in the order given. */
export function applyFilter(snippets: readonly Snippet[], filter: SnippetFilter, search: SnippetSearch): Snippet[] {
  const { entry, tag, site } = filter;
  const narrowed = snippets.filter(
    (s) => (!entry || s.entries.includes(entry)) && (!tag || s.tags.some((t) => sameTag(t, tag))) && (!site || siteOf(s.page.url) === site),
  );
  return search.match(narrowed, filter.query);
}

export interface Facet {
  value: string;
  count: number;
}

export interface Facets {
  entries: Facet[];
  tags: Facet[];
  sites: Facet[];
}

function count(values: Iterable<string>, into: Map<string, number>): void {
  for (const value of values) into.set(value, (into.get(value) ?? 0) + 1);
}

function sorted(counts: Map<string, number>): Facet[] {
  return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Every entry, tag and site in the library with how many snippets have it, most used first. */
export function facetsOf(snippets: readonly Snippet[]): Facets {
  const entries = new Map<string, number>();
  const tags = new Map<string, number>();
  const sites = new Map<string, number>();
  const tagSpelling = new Map<string, string>();
  for (const s of snippets) {
    count(new Set(s.entries), entries);
    const keys = new Set(s.tags.map((t) => t.toLocaleLowerCase('en-US')));
    for (const t of s.tags) if (!tagSpelling.has(t.toLocaleLowerCase('en-US'))) tagSpelling.set(t.toLocaleLowerCase('en-US'), t);
    count(keys, tags);
    count([siteOf(s.page.url)], sites);
  }
  const tagFacets = sorted(tags).map((f) => ({ ...f, value: tagSpelling.get(f.value) ?? f.value }));
  return { entries: sorted(entries), tags: tagFacets, sites: sorted(sites) };
}
