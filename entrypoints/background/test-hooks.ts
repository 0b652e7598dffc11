import type { Browser } from 'wxt/browser';
import { TEST_BUILD } from '@/lib/testing/test-build';

type CommandListener = (command: string, tab?: Browser.tabs.Tab) => void | Promise<void>;
type MenuListener = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => void;

const commandListeners: CommandListener[] = [];
const menuListeners: MenuListener[] = [];

/** Listens for keyboard commands; the test build can also call the very same listener. */
export function onCommand(listener: CommandListener): void {
  browser.commands?.onCommand.addListener(listener);
  if (TEST_BUILD) commandListeners.push(listener);
}

/** Listens for context-menu clicks; the test build can also call the very same listener. */
export function onMenuClicked(listener: MenuListener): void {
  browser.contextMenus.onClicked.addListener(listener);
  if (TEST_BUILD) menuListeners.push(listener);
}

/**
 * A test cannot press a browser shortcut or click a context menu, so the test build (and only
 * it) lets the tests hand a command or a menu click to the listeners registered above, as the
 * browser would.
 */
if (TEST_BUILD) {
  Object.assign(globalThis, {
    baylensTest: {
      command: (command: string, tab?: Browser.tabs.Tab) => Promise.all(commandListeners.map((l) => l(command, tab))),
      menuClick: (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => menuListeners.forEach((l) => l(info, tab)),
    },
  });
}
