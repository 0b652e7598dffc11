import { test, expect } from './extension';
import { openPopup } from './popup-helpers';
import { hover, settled } from './page-helpers';
import { openOptions, resetSettings } from './settings-helpers';

// A browser whose interface is in Traditional Chinese (zh_TW; Hong Kong and Macao resolve to it).
test.use({ browserLanguage: 'zh_TW' });

test.beforeEach(async ({ context }) => resetSettings(context));

test('shows the Traditional interface: popup, card, options and toolbar', async ({ page, context, server, extensionId }) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  const popup = await openPopup(context, extensionId, page);
  await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(popup.getByRole('searchbox', { name: '搜尋索引和原文' })).toHaveAttribute('placeholder', '搜尋條目和原文');
  await expect(popup.getByRole('heading', { name: /^地區/ })).toBeVisible();
  // Entry names in the reader's script first.
  await expect(popup.getByRole('button', { name: /^橫琴/ }).first()).toBeVisible();
  await expect(popup.getByRole('switch', { name: '在所有網站上標示' })).toBeChecked();

  // Off on this site: the toolbar button's tooltip says so in Traditional Chinese.
  await popup.getByRole('switch', { name: '在 127.0.0.1 上標示' }).click();
  const sw = context.serviceWorkers()[0]!;
  await page.bringToFront();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  await expect.poll(() => sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe('Baylens（此網站已關閉標示）');
  await popup.bringToFront();
  await popup.getByRole('switch', { name: '在 127.0.0.1 上標示' }).click();
  await expect.poll(() => settled(page)).toBeGreaterThan(0);
  await popup.close();

  await hover(page, 'Hengqin Island');
  const card = page.locator('baylens-ui .card');
  await expect(card.getByRole('heading', { name: '橫琴' })).toBeVisible();
  await expect(card.getByRole('button', { name: '儲存摘錄' })).toBeVisible();
  await expect(card.getByRole('button', { name: '關閉資訊卡' })).toBeVisible();

  const options = await openOptions(context, extensionId);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Baylens 設定');
  await expect(options.getByRole('combobox', { name: '介面語言' })).toHaveValue('auto');
  await expect(options.getByRole('option', { name: '跟隨瀏覽器（繁體中文）' })).toBeAttached();
  await options.close();
});
