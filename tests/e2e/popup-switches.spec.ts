import { test, expect } from './extension';
import { hover, settled } from './page-helpers';

test('the popup switches turn highlighting off and on for the site and everywhere, live', async ({ page, context, server, extensionId }) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  const before = await settled(page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // The popup reads the site of the active tab, as it does when opened from the toolbar.
  await page.bringToFront();
  await popup.reload();
  const site = popup.getByRole('switch', { name: 'Highlight on 127.0.0.1' });
  const everywhere = popup.getByRole('switch', { name: 'Highlight on every site' });
  await expect(site).toBeChecked();

  await site.click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
  await expect(popup.getByText('Highlights are off on this page.')).toBeVisible();
  await site.click();
  await expect.poll(() => settled(page)).toBe(before);

  await everywhere.click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
  await expect(site).toBeDisabled();
  await everywhere.click();
  await expect.poll(() => settled(page)).toBe(before);
  await popup.close();
});

test('the card delay chosen in the popup applies to open pages at once', async ({ page, context, server, extensionId }) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByLabel('Open cards after').selectOption('1200');
  await page.bringToFront();
  await hover(page, 'Hengqin Island');
  const rested = await page.evaluate(() => performance.now());
  const card = page.locator('baylens-ui .card');
  await expect(card.getByRole('heading', { name: 'Hengqin' })).toBeVisible();
  // A timer of 1,200 ms cannot fire early: the card came well after the default 300 ms.
  const painted = await page.evaluate(() => performance.getEntriesByName('baylens:card-painted').at(-1)!.startTime);
  expect(painted - rested).toBeGreaterThanOrEqual(1000);
  await popup.getByLabel('Open cards after').selectOption('300');
  await popup.close();
});
