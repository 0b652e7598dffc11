import { captureFromTab } from './snippets-capture';
import { confirmOnTab, saveCapture, savedMessage } from './snippets-save';

const MENU_ID = 'baylens-save-snippet';
export const SAVE_COMMAND = 'save-snippet';

/**
 * Saves the selection in a tab, as the context menu and the keyboard shortcut do. `fallback`
 * is the menu's own copy of the selected text, for pages scripts cannot read (the browser's
 * PDF viewer, the web store): the snippet is kept, without its context.
 */
export async function saveFromTab(tab: { id?: number; url?: string; title?: string }, frameId?: number, fallback?: string) {
  if (tab.id === undefined) return;
  try {
    const capture = await captureFromTab(tab.id, frameId).catch(() => null);
    const chosen = capture ?? (fallback && tab.url ? { text: fallback, url: tab.url, title: tab.title } : null);
    if (!chosen) throw new Error('select some text first');
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
    if (info.menuItemId === MENU_ID && tab) void saveFromTab(tab, info.frameId, info.selectionText).catch(() => undefined);
  });
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== SAVE_COMMAND) return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target) void saveFromTab(target).catch(() => undefined);
  });
  // The end-to-end tests drive the menu's code path through this: a real menu click cannot be scripted.
  Object.assign(globalThis, { saveSnippetFromTab: saveFromTab });
}
