import type { Capture } from '@/lib/snippets/create';
import { isReaderPage } from '@/lib/extension/reader-page';
import { captureFromReader } from './reader';
import { captureFromTab } from './snippets-capture';
import { confirmOnTab, saveCapture, savedMessage } from './snippets-save';

const MENU_ID = 'baylens-save-snippet';
/** The keyboard command's name, as declared in wxt.config.ts. */
export const SAVE_COMMAND = 'save-snippet';

export interface SaveOptions {
  /** The frame the context menu was opened in. */
  frameId?: number;
  /**
   * The menu's own copy of the selected text, for pages scripts cannot read (the browser's
   * PDF viewer, the web store): the snippet is kept, without its context.
   */
  fallback?: string;
  /** How the selection is read; the tests give the page's answer directly (see below). */
  capture?: (tabId: number, frameId?: number) => Promise<Capture | null>;
}

/** Saves the selection in a tab, as the context menu and the keyboard shortcut do, and shows the outcome on the tab. */
export async function saveFromTab(tab: { id?: number; url?: string; title?: string }, options: SaveOptions = {}) {
  if (tab.id === undefined) return;
  const capture = options.capture ?? (isReaderPage(tab.url) ? captureFromReader : captureFromTab);
  try {
    let unreadable = false;
    const read = await capture(tab.id, options.frameId).catch(() => ((unreadable = true), null));
    const chosen = read ?? (options.fallback && tab.url ? { text: options.fallback, url: tab.url, title: tab.title } : null);
    if (!chosen) throw new Error(unreadable ? 'this page cannot be read; try the context menu' : 'select some text first');
    const result = await saveCapture({ ...chosen, title: chosen.title || tab.title });
    await confirmOnTab(tab.id, { ok: true, message: savedMessage(result) });
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await confirmOnTab(tab.id, { ok: false, message: `not saved: ${reason}` });
    throw error;
  }
}

/** The "Save snippet" context-menu item and keyboard command. */
export function listenForSnippetSaves(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Save snippet to Baylens', contexts: ['selection'] }, () => void browser.runtime.lastError);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !tab) return;
    void saveFromTab(tab, { frameId: info.frameId, fallback: info.selectionText }).catch(() => undefined);
  });
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== SAVE_COMMAND) return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target) void saveFromTab(target).catch(() => undefined);
  });
  // A menu click or shortcut cannot be scripted, and neither grants activeTab to a test: the
  // end-to-end tests call this with the page's own answer to readSelection instead.
  Object.assign(globalThis, { saveSnippetFromTab: saveFromTab });
}
