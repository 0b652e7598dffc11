import { expect, test } from './extension';
import { openPanel, resetLibrary, saveSelection, selectText, tabIdOf, titleOf } from '../fixtures/snippets-e2e';

test.describe('saving snippets', () => {
  test.beforeEach(async ({ context }) => resetLibrary(context));

  test('saves a selection as the context menu does, with its page, context and entries', async ({ context, page, server, extensionId }) => {
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await selectText(page, '#zone', 'The Guangdong-Macao In-Depth Cooperation Zone in Hengqin covers about 106 square kilometres');
    const tabId = await tabIdOf(context, page);
    expect(await saveSelection(context, [{ tabId }])).toEqual(['✓']);

    const panel = await openPanel(context, extensionId);
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('1 snippet');
    const snippet = panel.getByRole('article');
    await expect(snippet.locator('.words')).toHaveText(
      'The Guangdong-Macao In-Depth Cooperation Zone in Hengqin covers about 106 square kilometres',
    );
    await expect(snippet.getByRole('link', { name: 'Bay Area Briefing: Hengqin, the Loop and the numbers behind them' })).toHaveAttribute(
      'href',
      `${server.origin}/fixtures/sample-article.html#:~:text=The%20Guangdong%2DMacao%20In%2DDepth%20Cooperation%20Zone,covers%20about%20106%20square%20kilometres`,
    );
    await expect(snippet.getByRole('list', { name: 'Entries mentioned' })).toContainText(
      'Guangdong-Macao In-Depth Cooperation Zone in Hengqin',
    );
    await snippet.getByRole('button', { name: 'Show in context' }).click();
    await expect(snippet.locator('.context').last()).toContainText('of Hengqin Island, managed between a "first line"');
    await panel.close();
  });

  test('lands every snippet when five tabs save at once', async ({ context, server, extensionId }) => {
    const tabs = [];
    for (let i = 1; i <= 5; i++) {
      server.pages.set(
        `/five/${i}.html`,
        `<title>Report ${i}</title><p id="p">Report ${i}: Nansha and Qianhai signed ${i * 11} projects this quarter.</p>`,
      );
      const page = await context.newPage();
      await page.goto(`${server.origin}/five/${i}.html`);
      await selectText(page, '#p', `Nansha and Qianhai signed ${i * 11} projects`);
      tabs.push({ page, tabId: await tabIdOf(context, page) });
    }
    expect(await saveSelection(context, tabs)).toEqual(['✓', '✓', '✓', '✓', '✓']);

    const panel = await openPanel(context, extensionId);
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('5 snippets');
    for (let i = 1; i <= 5; i++) {
      await expect(panel.getByRole('article', { name: `Snippet from Report ${i}` }).locator('.words')).toHaveText(
        `Nansha and Qianhai signed ${i * 11} projects`,
      );
    }
    await expect(panel.getByRole('article').first().getByRole('list', { name: 'Entries mentioned' })).toContainText('Nansha');
    await Promise.all([panel, ...tabs.map((t) => t.page)].map((p) => p.close()));
  });

  test('updates an open panel as soon as a snippet is saved, and says when nothing was selected', async ({
    context,
    page,
    server,
    extensionId,
  }) => {
    const panel = await openPanel(context, extensionId);
    await expect(panel.getByText('Nothing saved yet.')).toBeVisible();
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    const tabId = await tabIdOf(context, page);
    expect(await saveSelection(context, [{ tabId }], 'shortcut')).toEqual(['!']);
    expect(await titleOf(context, tabId)).toMatch(/select some text first/);

    await selectText(page, '#hant', '港珠澳大橋連接香港、珠海和澳門');
    expect(await saveSelection(context, [{ tabId }], 'shortcut')).toEqual(['✓']);
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('1 snippet');
    await expect(panel.getByRole('article').getByRole('list', { name: 'Entries mentioned' })).toContainText(
      'Hong Kong-Zhuhai-Macao Bridge',
    );
    await panel.close();
  });
});
