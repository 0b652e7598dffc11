/** The parts of pdf.js's text content a title is read from. */
export interface TitleRun {
  str: string;
  /** The text's transform matrix: [3] is its height on the page. */
  transform: number[];
}

/** Titles some producers write that say nothing about the document. */
const EMPTY_TITLE = /^(untitled|microsoft word - .*|document\d*|\s*)$/i;

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The document's title as a citation should give it: the title in its metadata, unless that is
 * empty or a placeholder; else its first heading (the largest text near the top of the first
 * page); else the file name.
 */
export function documentTitle(metadataTitle: string | null | undefined, firstPage: readonly TitleRun[], fileName: string): string {
  const fromMetadata = tidy(metadataTitle ?? '');
  if (fromMetadata && !EMPTY_TITLE.test(fromMetadata)) return fromMetadata.slice(0, 300);
  const heading = firstHeading(firstPage);
  if (heading) return heading;
  return fileName;
}

/** The largest text among the first runs of a page, joined across the lines it takes. */
export function firstHeading(runs: readonly TitleRun[]): string {
  const sized = runs.slice(0, 80).filter((r) => tidy(r.str));
  if (sized.length === 0) return '';
  const height = (r: TitleRun) => Math.abs(r.transform[3] ?? 0);
  const largest = Math.max(...sized.map(height));
  // The body's size is the one most of the page's characters are set in.
  const bySize = new Map<number, number>();
  for (const r of sized) bySize.set(height(r), (bySize.get(height(r)) ?? 0) + r.str.length);
  const body = [...bySize].sort((a, b) => b[1] - a[1])[0]![0];
  // A page in one size has no heading to find.
  if (largest <= body * 1.15) return '';
  const start = sized.findIndex((r) => height(r) >= largest * 0.95);
  const parts: string[] = [];
  for (const run of sized.slice(start)) {
    if (height(run) < largest * 0.95) break;
    parts.push(run.str);
  }
  return tidy(parts.join(' ').replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')).slice(0, 300);
}
