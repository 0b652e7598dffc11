import { test, expect } from './extension';
import { openPopup } from './popup-helpers';
import { hover, settled } from './page-helpers';
import { openOptions, resetSettings } from './settings-helpers';

// A browser whose interface is in Simplified Chinese.
test.use({ browserLanguage: 'zh_CN' });

test.beforeEach(async ({ context }) => resetSettings(context));

test('shows the Simplified interface: popup, card and options', async ({ page, context, server, extensionId }) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  const popup = await openPopup(context, extensionId, page);
  await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(popup.getByRole('searchbox', { name: '搜索索引和原文' })).toHaveAttribute('placeholder', '搜索条目和原文');
  await expect(popup.getByRole('heading', { name: /^地区/ })).toBeVisible();
  await expect(popup.getByRole('button', { name: /^横琴/ }).first()).toBeVisible();
  await popup.close();

  await hover(page, 'Hengqin Island');
  const card = page.locator('baylens-ui .card');
  await expect(card.getByRole('heading', { name: '横琴' })).toBeVisible();
  await expect(card.getByRole('button', { name: '保存摘录' })).toBeVisible();

  const options = await openOptions(context, extensionId);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Baylens 设置');
  await options.close();
});
