import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './extension';
import { hover, settled } from './page-helpers';
import { openPopup } from './popup-helpers';
import { openOptions, resetSettings } from './settings-helpers';
import { bilingualLibrary } from '../fixtures/snippets-sample';
import { openPanel, resetLibrary, seedLibrary } from '../fixtures/snippets-e2e';

const SCHEMES = ['light', 'dark'] as const;

// axe reads every node of a page twice (light, dark): on a busy two-core machine a test of four
// views takes more than a minute.
test.describe.configure({ timeout: 180_000 });

/** No serious or critical axe violation, in light and in dark; `include` narrows to our own UI. */
async function expectAccessible(page: Page, include?: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    let axe = new AxeBuilder({ page });
    if (include) axe = axe.include(include);
    const { violations } = await axe.analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${colorScheme}: ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }
}

test.beforeEach(async ({ context }) => {
  await resetSettings(context);
  await resetLibrary(context);
});

test('the popup: empty, with a page digest, with search results and with an entry open', async ({ page, context, server, extensionId }) => {
  const empty = await openPopup(context, extensionId);
  await expect(empty.getByText('Baylens cannot read this tab')).toBeVisible();
  await expectAccessible(empty);
  await empty.close();

  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  const popup = await openPopup(context, extensionId, page);
  await expect(popup.getByTestId('digest-announcement')).toHaveText(/^This page names \d+ entries and \d+ figures\.$/);
  await expectAccessible(popup);

  await popup.getByRole('searchbox').fill('hengqin');
  await expect(popup.getByRole('heading', { name: /^Entries/ })).toBeVisible();
  await expectAccessible(popup);

  await popup.getByRole('searchbox').press('Enter');
  await expect(popup.getByRole('button', { name: 'Back' })).toBeFocused();
  await expectAccessible(popup);
  await popup.close();
});

test('the side panel: empty and with snippets', async ({ context, extensionId }) => {
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByText('Nothing saved yet.')).toBeVisible();
  await expectAccessible(panel);
  await seedLibrary(panel, bilingualLibrary);
  await expect(panel.getByRole('article').first()).toBeVisible();
  await expectAccessible(panel);
  await panel.close();
});

test('the options page', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await expectAccessible(options);
  await options.close();
});

test('an open card', async ({ page, server }) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  await hover(page, 'Hengqin Island');
  await expect(page.locator('baylens-ui .card').getByRole('heading', { name: 'Hengqin' })).toBeVisible();
  await expectAccessible(page, 'baylens-ui');
});
