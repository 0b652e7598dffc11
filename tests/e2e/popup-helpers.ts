import type { BrowserContext, Page } from '@playwright/test';

/**
 * The popup as a tab, acting on `page` the way the toolbar popup acts on the active tab:
 * the page is brought to the front, then the popup (now in the background) loads.
 * Without a page the popup's own tab is the active one: an extension page.
 */
export async function openPopup(context: BrowserContext, extensionId: string, page?: Page): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  if (page) {
    await page.bringToFront();
    await popup.reload();
  }
  return popup;
}

/** The text of every <mark> inside a locator's scope, in order. */
export async function markedWords(scope: import('@playwright/test').Locator): Promise<string[]> {
  return scope.locator('mark').allTextContents();
}
