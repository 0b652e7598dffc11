import { test, expect } from './extension';
import { settled } from './page-helpers';

test('the popup switches turn highlighting off and on for the site and everywhere, live', async ({
  page,
  context,
  server,
  extensionId,
}) => {
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
