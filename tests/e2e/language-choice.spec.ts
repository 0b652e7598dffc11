import { test, expect } from './extension';
import { openPopup } from './popup-helpers';
import { hover, settled } from './page-helpers';
import { openOptions, resetSettings } from './settings-helpers';

test.beforeEach(async ({ context }) => resetSettings(context));

test('the language chosen in the options wins, in open pages too', async ({ page, context, server, extensionId }) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  const options = await openOptions(context, extensionId);
  await expect(options.getByRole('option', { name: 'Same as the browser (English)' })).toBeAttached();
  await options.getByRole('combobox', { name: 'Language' }).selectOption({ label: '繁體中文' });
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Baylens 設定');
  await expect(options.locator('html')).toHaveAttribute('lang', 'zh-Hant');

  await page.bringToFront();
  await hover(page, 'Hengqin Island');
  const card = page.locator('baylens-ui .card');
  await expect(card.getByRole('heading', { name: '橫琴' })).toBeVisible();
  await expect(card.getByRole('button', { name: '儲存摘錄' })).toBeVisible();

  const popup = await openPopup(context, extensionId, page);
  await expect(popup.getByRole('searchbox', { name: '搜尋索引和原文' })).toBeVisible();
  await popup.close();

  await options.bringToFront();
  await options.getByRole('combobox', { name: '介面語言' }).selectOption('auto');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Baylens settings');
  await options.close();
});
