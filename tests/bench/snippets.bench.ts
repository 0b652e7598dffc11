import { Index } from 'flexsearch';
import { buildIndex } from '../../lib/kb/build';
import { entryDirectory } from '../../lib/snippets/entry-names';
import { toCsv } from '../../lib/snippets/export/csv';
import { toJson } from '../../lib/snippets/export/json';
import { toMarkdown } from '../../lib/snippets/export/markdown';
import { applyFilter, facetsOf, NO_FILTER } from '../../lib/snippets/filter';
import { readImport } from '../../lib/snippets/import';
import { newestFirst, readShelf } from '../../lib/snippets/library';
import { searchFolder } from '../../lib/snippets/fold';
import { simplifiedPairs } from '../../lib/kb/build/script-pairs';
import { SnippetSearch } from '../../lib/snippets/search';
import { fmt, measure } from './measure';
import { syntheticLibrary } from './snippets-library';

export interface SnippetBenchRow {
  step: string;
  ms: number;
  note: string;
}

/** CJK bigrams and Latin words: what an inverted index needs to find Chinese without spaces. */
function tokens(folded: string): string[] {
  const out = new Set<string>();
  for (const run of folded.match(/[\u3400-\u9fff]+|[\p{L}\p{N}]+/gu) ?? []) {
    if (!/[\u3400-\u9fff]/.test(run)) out.add(run);
    else for (let i = 0; i < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return [...out];
}

/**
 * The library's own work at 10,000 snippets, in Node: validating what storage holds, the
 * first search (which folds every snippet), searches as typed, filters, exports and reading
 * an import. flexsearch 0.8 with a forward tokenizer is measured on the same text as the
 * reference an inverted index would give.
 */
export function runSnippetsBench(log: (line: string) => void, count = 10_000): SnippetBenchRow[] {
  const library = syntheticLibrary(count);
  const entries = entryDirectory(buildIndex().index.entries);
  const fold = searchFolder(simplifiedPairs());
  const rows: SnippetBenchRow[] = [];
  const add = (step: string, ms: number, note = '') => rows.push({ step, ms, note });
  const stored = JSON.parse(JSON.stringify(library)) as unknown[];
  const bytes = Buffer.byteLength(JSON.stringify(library));
  log(`Snippet library: ${count.toLocaleString('en-US')} snippets, ${fmt(bytes / 1e6, 1)} MB as stored`);

  let sorted = library;
  add(
    'validate every stored snippet (zod) and sort newest first',
    measure(() => (sorted = readShelf(stored).snippets.sort(newestFirst)), 3, 300),
  );
  add(
    'first search (folds all 10,000: the one-time cost)',
    measure(() => new SnippetSearch(fold, entries.names).match(sorted, 'hengqin'), 3, 300),
  );
  const search = new SnippetSearch(fold, entries.names);
  search.match(sorted, 'x');
  for (const query of ['heng', 'hengqin', 'cooperation zone', '横琴', '橫琴', '合作区 106', 'nothing like this']) {
    let found = 0;
    const ms = measure(() => (found = search.match(sorted, query).length), 5, 200);
    add(`search "${query}"`, ms, `${found.toLocaleString('en-US')} found`);
  }
  const top = facetsOf(sorted).entries[0]!.value;
  add(
    'count entries, tags and sites for the filter lists',
    measure(() => facetsOf(sorted), 3, 200),
  );
  add(
    `filter by the commonest entry, with a search`,
    measure(() => applyFilter(sorted, { ...NO_FILTER, entry: top, query: 'zone' }, search), 5, 200),
  );
  const label = entries.label;
  const now = new Date();
  add(
    'export Markdown',
    measure(() => toMarkdown(sorted, label, now), 3, 200),
  );
  add(
    'export CSV',
    measure(() => toCsv(sorted, label), 3, 200),
  );
  const json = toJson(sorted, label, now);
  add(
    'export JSON',
    measure(() => toJson(sorted, label, now), 3, 200),
    `${fmt(Buffer.byteLength(json) / 1e6, 1)} MB`,
  );
  add(
    'read and validate a 10,000-snippet import',
    measure(() => readImport(json), 3, 200),
  );

  const folded = sorted.map((s) => search.haystack(s));
  let index = new Index({ tokenize: 'forward', encode: tokens });
  add(
    'reference: flexsearch 0.8 forward index, build',
    measure(
      () => {
        index = new Index({ tokenize: 'forward', encode: tokens });
        folded.forEach((text, i) => index.add(i, text));
      },
      1,
      0,
    ),
  );
  add(
    'reference: flexsearch query "heng"',
    measure(() => index.search('heng', { limit: count }), 5, 200),
  );
  return rows;
}
