import index from 'virtual:baylens/index';
import pairs from 'virtual:baylens/simplified';
import { fromExtensionPage } from '@/lib/extension/sender';
import { Matcher } from '@/lib/match/matcher';
import type { MatcherData } from '@/lib/match/types';
import type { OwnCardData } from '@/lib/own-terms/card';
import { NameFolder } from '@/lib/own-terms/fold';
import { indexClaims } from '@/lib/own-terms/list';
import { OwnTermError } from '@/lib/own-terms/problems';
import { t } from '@/lib/extension/i18n';
import { ownMatcherData } from '@/lib/own-terms/matcher';
import type { OwnTerm } from '@/lib/own-terms/schema';
import type { OwnTermRequestType } from '@/lib/protocol/own-terms';
import { readOwnTerms } from '@/lib/store/own-terms';
import { OwnTermsWriter } from '@/lib/store/own-terms-writer';
import { indexMatcher } from './index-matcher';
import { consumeGrant } from './lookup-grants';
import { lookUp } from './lookup';
import type { Handlers } from './router';

const folder = new NameFolder(pairs);
/** The background's one writer of the reader's terms. */
export const ownWriter = new OwnTermsWriter(folder);

/** The tables and matcher of the terms as last read, kept until the stored terms differ. */
let built: { key: string; tables: MatcherData | null; matcher: Matcher | null } | null = null;

/**
 * The own-terms matcher's tables for the terms in storage now (see the benchmark for the cost
 * of a rebuild). Keyed on the stored terms themselves, not on a change event: a tab that
 * hears of a change and asks at once never gets the tables from before it.
 */
async function current(): Promise<{ tables: MatcherData | null; matcher: Matcher | null }> {
  const { terms } = await readOwnTerms();
  const key = JSON.stringify(terms);
  if (built?.key !== key) {
    const tables = ownMatcherData(terms, folder);
    built = { key, tables, matcher: tables ? new Matcher(tables) : null };
  }
  return built;
}

/** The own-terms matcher in the background: for look-ups. */
export async function ownMatcher(): Promise<Matcher | null> {
  return (await current()).matcher;
}

const entryRef = (id: string) => {
  const e = index.entries.find((x) => x.id === id);
  return e ? { id: e.id, name: e.names.en, kind: e.kind } : null;
};

/** An own term as a card shows it: its names, note, linked entries, and the names the index claims. */
export function ownCard(term: OwnTerm): OwnCardData {
  return {
    ...term,
    links: term.links.flatMap((id) => entryRef(id) ?? []),
    claims: indexClaims(term, indexMatcher()).map((c) => ({
      name: c.name,
      entry: entryRef(c.entry) ?? { id: c.entry, name: c.entry, kind: term.kind },
    })),
  };
}

/** A refusal in the reader's language: the writer names the problem, the catalogue words it. */
function worded<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    throw error instanceof OwnTermError ? new Error(t(error.problem.key, ...error.problem.args)) : error;
  });
}

/** Links must name entries of the index the extension carries. */
function checkLinks(links: readonly string[]): void {
  const unknown = links.find((id) => !index.entries.some((e) => e.id === id));
  if (unknown !== undefined) throw new OwnTermError({ key: 'ownProblemUnknownLink', args: [unknown.slice(0, 40)] });
}

export const ownTermHandlers: Handlers<OwnTermRequestType> = {
  'own:list': async () => {
    const { terms, unreadable } = await readOwnTerms();
    return { terms: terms.map(ownCard), unreadable: unreadable.length };
  },
  'own:add': ({ term }) =>
    worded(async () => {
      checkLinks(term.links);
      return ownCard(await ownWriter.add(term, new Date()));
    }),
  'own:edit': ({ id, term }) =>
    worded(async () => {
      checkLinks(term.links);
      return ownCard(await ownWriter.edit(id, term, new Date()));
    }),
  'own:delete': ({ id }) => ownWriter.remove(id),
  'own:restore': ({ term }) => worded(() => ownWriter.restore(term)),
  'own:matcher': async () => (await current()).tables,
  'own:card': async ({ id }) => {
    const term = (await readOwnTerms()).terms.find((t) => t.id === id);
    return term ? ownCard(term) : null;
  },
  'lookup:find': ({ text }) => lookUp(text),
  'own:add-looked-up': ({ grant, kind }, sender) =>
    worded(async () => {
      // The text is the one the reader chose to look up, kept by the background: a page cannot choose it.
      const text = await consumeGrant(grant, fromExtensionPage(sender) ? undefined : (sender.tab?.id ?? -1));
      return ownCard(await ownWriter.add({ names: [text], kind, note: '', links: [] }, new Date()));
    }),
};
