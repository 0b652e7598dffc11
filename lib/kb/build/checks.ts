import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSet } from './load';
import type { Problem } from './problems';

/** Where the corpus lives beside the project; its documents verify quoted passages. */
export const CORPUS_DIR = process.env.BAYLENS_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus');

/** Publishers whose rights allow finding names and figures only, never quoting. */
const NOT_QUOTABLE = /citizen news|眾新聞|众新闻|hkcnews/i;

/** A grouping names at least two members; only groupings include others. */
export function checkGroupings(data: DataSet, problems: Problem[]): void {
  for (const { file, item } of data.entries) {
    const members = item.relations.filter((r) => r.type === 'includes').length;
    if (item.kind === 'grouping' && members < 2) {
      problems.push({
        file,
        item: `entry "${item.id}"`,
        message: 'a grouping must name at least two members (relations of type includes)',
      });
    }
    if (item.kind !== 'grouping' && members > 0) {
      problems.push({ file, item: `entry "${item.id}"`, message: 'only a grouping can have includes relations' });
    }
  }
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Sources must be quotable, and a source taken from the corpus must quote it verbatim: each
 * passage is looked up in its document (white space aside) whenever the corpus is present.
 */
export function checkSources(data: DataSet, problems: Problem[], corpusDir: string = CORPUS_DIR): void {
  for (const { file, item } of data.sources) {
    const where = { file, item: `source "${item.id}"` };
    const origin = `${item.publisher ?? ''} ${item.url ?? ''} ${item.corpus ?? ''}`;
    if (NOT_QUOTABLE.test(origin)) {
      problems.push({ ...where, message: 'Citizen News articles are for finding names and figures only: quote none of them' });
      continue;
    }
    if (item.rights === 'cc-by-sa' && !item.licence) {
      problems.push({ ...where, message: 'rights cc-by-sa need the licence (name and url) to show beside quotations' });
    }
    if (!item.corpus) continue;
    const path = join(corpusDir, item.corpus);
    if (!existsSync(corpusDir)) continue;
    if (!existsSync(path)) {
      problems.push({ ...where, message: `corpus document ${item.corpus} does not exist` });
      continue;
    }
    const document = squash(readFileSync(path, 'utf8'));
    for (const passage of item.passages) {
      if (!document.includes(squash(passage.text))) {
        problems.push({ ...where, message: `passage "${passage.id}" is not found verbatim in ${item.corpus}` });
      }
    }
  }
}
