import index from 'virtual:baylens/index';
import pairs from 'virtual:baylens/simplified';
import { storage } from 'wxt/utils/storage';
import { t } from '@/lib/extension/i18n';
import { LookupIndex, type LookupCandidate, type LookupHit } from '@/lib/lookup/find';
import type { PageRequest } from '@/lib/protocol/page';
import { TextFolder } from '@/lib/search/fold';
import { readOwnTerms } from '@/lib/store/own-terms';
import { indexMatcher } from './index-matcher';
import { grantLookup } from './lookup-grants';
import { ownMatcher } from './own-terms';
import { captureFromTab } from './snippets-capture';
import { confirmOnTab } from './snippets-save';
import { onCommand, onMenuClicked } from './test-hooks';

const MENU_ID = 'baylens-look-up';
/** The keyboard command's name, as declared in wxt.config.ts. */
export const LOOKUP_COMMAND = 'look-up-selection';

/** A look-up the popup shows in its search box when the page itself cannot show a card. */
export const popupQueryItem = storage.defineItem<{ text: string; at: number } | null>('session:popupQuery', { fallback: null });

let folder: TextFolder | null = null;
/** The look-up index with the reader's terms as last read; rebuilt when they differ. */
let lookupIndex: { key: string; index: LookupIndex } | null = null;

function indexCandidates(): LookupCandidate[] {
  return index.entries.map((e) => ({
    id: e.id,
    name: e.names.en,
    kind: e.kind,
    own: false,
    names: [e.names.en, e.names['zh-Hans'], e.names['zh-Hant'], ...e.aliases],
  }));
}

async function buildIndex(): Promise<LookupIndex> {
  const { terms } = await readOwnTerms();
  const key = JSON.stringify(terms);
  if (lookupIndex?.key !== key) {
    folder ??= new TextFolder(pairs);
    const own = terms.map((t): LookupCandidate => ({ id: t.id, name: t.names[0]!, kind: t.kind, own: true, names: t.names }));
    lookupIndex = { key, index: new LookupIndex(folder, [...indexCandidates(), ...own]) };
  }
  return lookupIndex.index;
}

/** What a selection is: entries and own terms named by it, whole or in part, best first. */
export async function lookUp(text: string): Promise<{ text: string; hits: LookupHit[] }> {
  const trimmed = text.trim().slice(0, 1_000);
  const own = await ownMatcher();
  const named = [
    ...indexMatcher()
      .findMentions(trimmed)
      .flatMap((m) => [indexMatcher().entryId(m.entry)]),
    ...(own ? own.findMentions(trimmed).map((m) => own.entryId(m.entry)) : []),
  ];
  return { text: trimmed, hits: (await buildIndex()).find(trimmed, named) };
}

/**
 * Opens the look-up card for `text` in the tab (the frame the menu was opened in, or every
 * frame: the one holding the selection answers). Where no content script runs (browser
 * pages, the PDF viewer) the popup opens with the text in its search box instead.
 */
export async function lookUpInTab(tab: { id?: number }, text: string, frameId?: number): Promise<'card' | 'popup' | 'none'> {
  const trimmed = text.trim();
  if (tab.id === undefined || !trimmed) return 'none';
  const grant = await grantLookup(trimmed, tab.id);
  const request: PageRequest = { type: 'page:lookup', text: trimmed, grant };
  const shown = await (
    frameId === undefined ? browser.tabs.sendMessage(tab.id, request) : browser.tabs.sendMessage(tab.id, request, { frameId })
  ).then(
    (answer) => answer === true,
    () => false,
  );
  if (shown) return 'card';
  await popupQueryItem.setValue({ text: trimmed, at: Date.now() });
  const action = browser.action as { openPopup?: () => Promise<void> } | undefined;
  const opened = await (action?.openPopup?.() ?? Promise.reject(new Error('no popup'))).then(
    () => true,
    () => false,
  );
  if (!opened) await confirmOnTab(tab.id, { ok: false, message: t('lookupCannotShow') });
  return 'popup';
}

/** The "Look up … in Baylens" context-menu item and keyboard command. */
export function listenForLookups(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('lookupMenu'), contexts: ['selection'] }, () => void browser.runtime.lastError);
  });
  onMenuClicked((info, tab) => {
    if (info.menuItemId !== MENU_ID || !tab || !info.selectionText) return;
    void lookUpInTab(tab, info.selectionText, info.frameId);
  });
  onCommand(async (command, tab) => {
    if (command !== LOOKUP_COMMAND) return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id === undefined) return;
    const capture = await captureFromTab(target.id).catch(() => null);
    // Sent to every frame: the one holding the selection opens the card (the top frame if none does).
    if (capture) await lookUpInTab(target, capture.text);
    else await confirmOnTab(target.id, { ok: false, message: t('lookupSelectFirst') });
  });
}
