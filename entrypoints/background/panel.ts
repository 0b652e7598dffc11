import type { Browser } from 'wxt/browser';
import { panelFocusItem } from '@/lib/store/panel-focus';
import type { Handlers } from './router';

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) on the reader's click in a card. The
 * browser allows this only during that click, so it is asked first, before anything awaits.
 */
function openPanel(sender: Browser.runtime.MessageSender): Promise<unknown> {
  if (import.meta.env.FIREFOX) {
    const firefox = browser as unknown as { sidebarAction: { open(): Promise<void> } };
    return firefox.sidebarAction.open();
  }
  const tabId = sender.tab?.id;
  return tabId === undefined ? Promise.reject(new Error('no tab')) : browser.sidePanel.open({ tabId });
}

export const panelHandlers: Handlers<'panel:show-entry'> = {
  'panel:show-entry': async ({ id }, sender) => {
    const opened = openPanel(sender).then(
      () => true,
      () => false,
    );
    await panelFocusItem.setValue({ entry: id, at: Date.now() });
    return { opened: await opened };
  },
};
