import { captureFromTab } from './snippets-capture';
import { confirmOnTab, saveCapture, savedMessage } from './snippets-save';
import { t } from '@/lib/extension/i18n';
import { onLanguage, readerLanguage } from './language';
import { onCommand, onMenuClicked } from './test-hooks';

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
}

/** Saves the selection in a tab, as the context menu and the keyboard shortcut do, and shows the outcome on the tab. */
export async function saveFromTab(tab: { id?: number; url?: string; title?: string }, options: SaveOptions = {}) {
  if (tab.id === undefined) return;
  try {
    await readerLanguage();
    let unreadable = false;
    const read = await captureFromTab(tab.id, options.frameId).catch(() => ((unreadable = true), null));
    const chosen = read ?? (options.fallback && tab.url ? { text: options.fallback, url: tab.url, title: tab.title } : null);
    if (!chosen) throw new Error(t(unreadable ? 'errorUnreadablePage' : 'errorSelectText'));
    const result = await saveCapture({ ...chosen, title: chosen.title || tab.title });
    await confirmOnTab(tab.id, { ok: true, message: savedMessage(result) });
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await confirmOnTab(tab.id, { ok: false, message: t('badgeNotSaved', reason) });
    throw error;
  }
}

/** The "Save snippet" context-menu item and keyboard command. */
export function listenForSnippetSaves(): void {
  browser.runtime.onInstalled.addListener(() => {
    void readerLanguage().then(() => {
      browser.contextMenus.create(
        { id: MENU_ID, title: t('menuSaveSnippet'), contexts: ['selection'] },
        () => void browser.runtime.lastError,
      );
    });
  });
  // The menu's words follow the reader's language when it changes.
  onLanguage(() => void browser.contextMenus.update(MENU_ID, { title: t('menuSaveSnippet') }).catch(() => undefined));
  onMenuClicked((info, tab) => {
    if (info.menuItemId !== MENU_ID || !tab) return;
    void saveFromTab(tab, { frameId: info.frameId, fallback: info.selectionText }).catch(() => undefined);
  });
  onCommand(async (command, tab) => {
    if (command !== SAVE_COMMAND) return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target) void saveFromTab(target).catch(() => undefined);
  });
}
