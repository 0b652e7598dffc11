import { readHighlights } from '../../lib/cli/chromium';
import { test, expect } from './extension';
import { settled } from './page-helpers';

test('the side panel shows what the tab beside it mentions, steps through it, and follows the tab', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  // The panel reads the active tab, as it does beside it in the browser.
  await page.bringToFront();
  await panel.reload();
  const thisPage = panel.getByRole('region', { name: 'On this page' });
  const bridge = thisPage
    .locator('.digest-row')
    .filter({ has: panel.locator('.row-name', { hasText: /^Hong Kong-Zhuhai-Macao Bridge$/ }) });
  await expect(bridge).toBeVisible();
  await expect(thisPage.getByRole('region', { name: 'Figures' })).toContainText('21.5%');

  await bridge.locator('.row').click();
  await expect(bridge.getByRole('status')).toHaveText('1 of 2');
  expect((await page.evaluate(readHighlights))['baylens-current']).toEqual(['Hong Kong-Zhuhai-Macao Bridge']);
  await bridge.locator('.row').click();
  await expect(bridge.getByRole('status')).toHaveText('2 of 2');
  expect((await page.evaluate(readHighlights))['baylens-current']).toEqual(['港珠澳大橋']);

  // The reader follows a link in the tab: the panel follows too.
  await page.goto(`${server.origin}/fixtures/chinese-news.html`);
  await expect(
    thisPage.locator('.row-name', { hasText: /^Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone$/ }),
  ).toBeVisible();
  await expect(thisPage.locator('.row-name', { hasText: /^Hong Kong-Zhuhai-Macao Bridge$/ })).toBeVisible();
  await panel.close();
});
