import { tn } from '@/lib/extension/i18n';

/** "1 snippet", "1,234 snippets", in the interface language. */
export function plural(n: number): string {
  return tn('snippets', n);
}
