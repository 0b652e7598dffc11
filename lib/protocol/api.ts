import type { CardFigure, EntryCardData, EntryRef } from '../kb/card';
import type { MatcherData } from '../match/types';
import type { Seen } from '../history/visits';
import type { LookupHit } from '../lookup/find';
import type { OwnCardData } from '../own-terms/card';
import type { OwnTerm } from '../own-terms/schema';
import type { Capture } from '../snippets/create';
import type { Snippet } from '../snippets/schema';
import type { Request, RequestOf } from './index';
import type { PageDigest, PageHello, PageRequest, RevealResult } from './page';
import type { Settings } from './settings';
import type { Catalogue } from '../i18n/messages';

/**
 * What the background answers to each request. Handlers must return exactly this, and
 * `send()` infers it from the request's type: no call site picks its own reply type.
 */
export interface BackgroundReplies {
  'settings:get': Settings;
  'settings:set': Settings;
  'settings:site': Settings;
  'settings:toggle': Settings;
  'settings:catalogue': Catalogue;
  'settings:page-state': boolean;
  'card:entry': EntryCardData | null;
  'card:figure': { figure: CardFigure; subject: EntryRef } | null;
  'card:matcher': MatcherData;
  'card:names': Record<string, string>;
  'snippet:save': { snippet: Snippet; duplicate: boolean };
  'snippets:open': { ready: true };
  'snippet:edit': Snippet;
  'snippet:delete': Snippet[];
  'snippets:restore': number;
  'snippets:import': MergeCounts & { terms: MergeCounts };
  'panel:show-entry': { opened: boolean };
  'own:list': { terms: OwnCardData[]; unreadable: number };
  'own:add': OwnCardData;
  'own:edit': OwnCardData;
  'own:delete': OwnTerm | null;
  'own:restore': OwnTerm;
  'own:matcher': MatcherData | null;
  'own:card': OwnCardData | null;
  'lookup:find': { text: string; hits: LookupHit[] };
  'own:add-looked-up': OwnCardData;
  'history:visit': { recorded: boolean };
  'history:entry': Seen | null;
  'history:stats': { visits: number; bytes: number };
  'history:clear': { visits: number; bytes: number };
  'reader:pdf-shown': { opened: boolean };
}

/** What an import did: added, updated with newer edits, already there. */
export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export type RequestType = Request['type'];
export type ReplyOf<T extends RequestType> = BackgroundReplies[T];
export type { RequestOf };

/**
 * The requests a content script may send. A content script runs inside every web page's
 * process, so what it may ask is limited to what a page needs: card data, the matcher's
 * tables, saving the reader's selection, opening the panel on an entry, the reader's language,
 * its tab's toolbar state. Settings, imports,
 * deletions and restores come only from the extension's own pages.
 */
export const PAGE_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'card:entry',
  'card:figure',
  'card:matcher',
  'card:names',
  'snippet:save',
  'panel:show-entry',
  // The strings of a language the reader chose over the browser's (public, the extension's own
  // files), and whether this page is highlighted, for the toolbar button of its own tab.
  'settings:catalogue',
  'settings:page-state',
  // The reader's own terms: matching and cards, a look-up, and adding the one text the
  // reader looked up (the background holds the text; see lookup-grants.ts).
  'own:matcher',
  'own:card',
  'lookup:find',
  'own:add-looked-up',
  // Reporting a visit (the background takes the address from the tab), and the history of
  // an entry the page itself named.
  'history:visit',
  'history:entry',
  /** The browser's PDF viewer says it is one; the background alone decides what follows. */
  'reader:pdf-shown',
]);

/** What a page's content script answers to each request the extension sends it. */
export interface PageReplies {
  'page:hello': PageHello;
  'page:digest': PageDigest;
  'page:reveal': RevealResult | null;
  'page:step': boolean;
  'page:selection': Capture | null;
  'page:lookup': boolean;
}
export type PageRequestOf<T extends PageRequest['type']> = Extract<PageRequest, { type: T }>;

// Every request has a reply type, and every reply type a request: a new message cannot be
// added without saying what it answers.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const everyRequestAnswered: Exactly<RequestType, keyof BackgroundReplies> = true;
const everyPageRequestAnswered: Exactly<PageRequest['type'], keyof PageReplies> = true;
void everyRequestAnswered;
void everyPageRequestAnswered;
