import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './extension';

/** Fresh settings, as on a new install: each test starts from the defaults. */
export async function resetSettings(context: BrowserContext): Promise<void> {
  const sw = context.serviceWorkers()[0];
  if (!sw) throw new Error('The extension has no service worker.');
  await sw.evaluate(() => chrome.storage.local.remove('settings'));
}

/** The stored settings, as the background keeps them. */
export async function storedSettings(context: BrowserContext): Promise<unknown> {
  return context.serviceWorkers()[0]!.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);
}

/** The options page in a tab, once its settings are shown. */
export async function openOptions(context: BrowserContext, extensionId: string, section = ''): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html${section ? `#${section}` : ''}`);
  await expect(options.locator('#transfer')).toBeVisible();
  return options;
}

/** How the page draws a kind's highlights now: computed from the rules the page has. */
export function highlightStyle(page: Page, kind: string) {
  return page.evaluate((name) => {
    const style = getComputedStyle(document.body, `::highlight(baylens-${name})`);
    return { line: style.textDecorationColor, fill: style.backgroundColor, pattern: style.textDecorationStyle };
  }, kind);
}
