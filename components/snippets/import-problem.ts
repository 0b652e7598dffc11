import type { ImportProblem } from '@/lib/snippets/import';
import { t, type MessageKey } from '@/lib/extension/i18n';

const KEYS: Record<ImportProblem['code'], MessageKey> = {
  'too-large': 'importTooLarge',
  'not-json': 'importNotJson',
  'not-export': 'importNotExport',
  'no-version': 'importNoVersion',
  newer: 'importNewer',
  'no-list': 'importNoList',
  'too-many': 'importTooMany',
  'bad-v1': 'importBadV1',
  'bad-snippet': 'importBadSnippet',
  'no-terms': 'importNoTerms',
  'too-many-terms': 'importTooManyTerms',
  'bad-term': 'importBadTerm',
};

/** Why an import was refused, in the reader's language. */
export function importProblemText(problem: ImportProblem): string {
  if (problem.code === 'bad-term' && problem.term) {
    const [which, of] = problem.args;
    return t('importBadTerm', which.toLocaleString(), of.toLocaleString(), t(problem.term.key, ...problem.term.args));
  }
  return t(KEYS[problem.code], ...problem.args.map((arg) => (typeof arg === 'number' ? arg.toLocaleString() : arg)));
}
