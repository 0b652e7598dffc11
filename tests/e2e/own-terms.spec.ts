import { readFileSync } from 'node:fs';
import { expect, test } from './extension';
import { hover, settled } from './page-helpers';
import { selectText, tabIdOf } from '../fixtures/snippets-e2e';
import { addInPanel, expectHighlights, lookUpInPage, openTermsView, resetTermsAndHistory } from '../fixtures/own-terms-e2e';

const ARTICLE = `<!doctype html><meta charset="utf-8"><title>Start-up money in Qianhai</title>
<p id="en">The Qianhai Fund backs start-ups in Qianhai. Last year the QIANHAI FUND doubled, and Lingnan Data Lab joined.</p>
<p id="zh">前海基金今年投资了十家公司。岭南数据实验室也在横琴。</p>`;

test.describe('looking up a selection and the reader’s own terms', () => {
  test.beforeEach(async ({ context, server }) => {
    await resetTermsAndHistory(context);
    server.pages.set('/own/article.html', ARTICLE);
  });
  // The next spec file shares this browser: it finds no terms and no history of ours.
  test.afterEach(async ({ context }) => resetTermsAndHistory(context));

  test('a selection with no entry opens a look-up card that adds it; open tabs highlight it at once, in its own colour, with its card', async ({
    context,
    page,
    server,
  }) => {
    await page.goto(`${server.origin}/own/article.html`);
    await settled(page);
    await expectHighlights(page, 'own', []);
    await selectText(page, '#en', 'Qianhai Fund');
    const tabId = await tabIdOf(context, page);
    await lookUpInPage(context, tabId, 'Qianhai Fund');

    const card = page.locator('baylens-ui .card.lookup');
    await expect(card.getByRole('heading', { name: 'Look up “Qianhai Fund”' })).toBeVisible();
    await expect(card).toContainText('No entry for “Qianhai Fund”.');
    // The index's entry named inside the selection is offered too.
    await expect(card.getByRole('list', { name: 'Matches' })).toContainText('named in the selection');
    await card.getByLabel('Kind').selectOption({ label: 'Organisation' });
    await card.getByRole('button', { name: 'Add as your term' }).click();
    await expect(card.getByRole('status')).toHaveText('Added to your terms: it is highlighted on your pages from now on.');

    // The page updates without a reload: both spellings, and "Qianhai" alone stays the index's.
    await expectHighlights(page, 'own', ['Qianhai Fund', 'QIANHAI FUND']);
    await expect
      .poll(async () => await page.evaluate(() => [...(CSS.highlights.get('baylens-zone') ?? [])].map((r) => (r as Range).toString())))
      .toContain('Qianhai');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();

    await hover(page, 'QIANHAI FUND');
    const own = page.locator('baylens-ui .card');
    await expect(own.getByRole('heading', { name: 'Qianhai Fund' })).toBeVisible();
    await expect(own).toContainText('Your term');
    await expect(own).toContainText('Organisation');
  });

  test('a look-up folds case, width and script and finds part of a name', async ({ context, page, server }) => {
    server.pages.set(
      '/own/lookup.html',
      '<!doctype html><meta charset="utf-8"><title>Look-ups</title><p id="a">ＭＡＣＡＵ and 澳門 and hengqin coop and zhuhai</p>',
    );
    await page.goto(`${server.origin}/own/lookup.html`);
    await settled(page);
    const tabId = await tabIdOf(context, page);
    const card = page.locator('baylens-ui .card.lookup');
    for (const [text, first] of [
      ['ＭＡＣＡＵ', 'Macao'],
      ['澳門', 'Macao'],
      ['zhuhai', 'Zhuhai'],
      ['hengqin coop', 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin'],
    ] as const) {
      await selectText(page, '#a', text);
      await lookUpInPage(context, tabId, text);
      await expect(card.getByRole('list', { name: 'Matches' }).getByRole('button').first()).toHaveText(first);
      // A whole name of the index: nothing to add.
      if (text !== 'hengqin coop') await expect(card.getByRole('button', { name: 'Add as your term' })).toHaveCount(0);
    }
    // Part of a name is no entry of its own: the card still offers to add it. Choosing a match opens its card.
    await expect(card.getByRole('button', { name: 'Add as your term' })).toHaveCount(1);
    await card.getByRole('button', { name: 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin', exact: true }).click();
    await expect(
      page.locator('baylens-ui .card').getByRole('heading', { name: 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin' }),
    ).toBeVisible();
  });

  test('the look-up shortcut reads the selection and opens the card beside it', async ({ context, page, server }) => {
    await page.goto(`${server.origin}/own/article.html`);
    await settled(page);
    await selectText(page, '#zh', '岭南数据实验室');
    const tabId = await tabIdOf(context, page);
    await context.serviceWorkers()[0]!.evaluate(async (id) => {
      const hooks = (globalThis as unknown as { baylensTest: { command(command: string, tab?: chrome.tabs.Tab): Promise<unknown> } })
        .baylensTest;
      await hooks.command('look-up-selection', await chrome.tabs.get(id));
    }, tabId);
    const card = page.locator('baylens-ui .card.lookup');
    await expect(card.getByRole('heading', { name: 'Look up “岭南数据实验室”' })).toBeVisible();
    await expect(card).toContainText('No entry for “岭南数据实验室”.');
  });

  test('a click a page script makes on the card adds nothing', async ({ context, page, server, extensionId }) => {
    await page.goto(`${server.origin}/own/article.html`);
    await settled(page);
    await selectText(page, '#en', 'Lingnan Data Lab');
    await lookUpInPage(context, await tabIdOf(context, page), 'Lingnan Data Lab');
    await expect(page.locator('baylens-ui .card.lookup .add')).toBeVisible();
    // The page's own script, not the reader: an untrusted click.
    await page.evaluate(() => {
      const root = document.querySelector('baylens-ui')?.shadowRoot;
      (root?.querySelector('.add') as HTMLButtonElement | null)?.click();
    });
    const panel = await openTermsView(context, extensionId);
    await expect(panel.locator('.own-terms .count')).toHaveText('0 terms');
    await expectHighlights(page, 'own', []);
  });

  test('the side panel adds, refuses bad names with a reason, says where the index wins, edits, and the popup finds the term', async ({
    context,
    page,
    server,
    extensionId,
  }) => {
    await page.goto(`${server.origin}/own/article.html`);
    await settled(page);
    const panel = await openTermsView(context, extensionId);
    const count = panel.locator('.own-terms .count');
    await expect(count).toHaveText('0 terms');

    for (const [name, reason] of [
      ['', 'A name is empty.'],
      ['q', 'The name “q” is a single letter, which would be found all over a page.'],
      ['?!…', 'The name “?!…” has no letters or digits: punctuation alone matches nothing.'],
      ['x'.repeat(201), 'is longer than 200 characters.'],
    ] as const) {
      await addInPanel(panel, { name });
      await expect(panel.locator('.own-add').getByRole('alert')).toContainText(reason);
    }
    await expect(count).toHaveText('0 terms');

    // Traditional in the panel, Simplified on the page: one name.
    await addInPanel(panel, {
      name: 'Lingnan Data Lab',
      aliases: ['嶺南數據實驗室'],
      kind: 'Organisation',
      note: 'A data lab in Hengqin',
      link: 'Hengqin',
    });
    await expect(count).toHaveText('1 term');
    await expectHighlights(page, 'own', ['Lingnan Data Lab', '岭南数据实验室']);

    await addInPanel(panel, { name: 'LINGNAN data lab' });
    await expect(panel.locator('.own-add').getByRole('alert')).toHaveText(
      '“LINGNAN data lab” is already a name of your term “Lingnan Data Lab”.',
    );

    await addInPanel(panel, { name: 'Macau', kind: 'Place' });
    const macau = panel.getByRole('article', { name: 'Macau' });
    await expect(macau).toContainText("“Macau” is also in the index as Macao; pages show the index's entry there.");

    const lab = panel.getByRole('article', { name: 'Lingnan Data Lab' });
    await expect(lab).toContainText('Linked: Hengqin');
    await lab.getByRole('button', { name: 'Edit' }).click();
    await panel.locator('.own-list form').getByLabel('Name', { exact: true }).fill('Lingnan Data Lab Ltd');
    await panel.locator('.own-list form').getByLabel('Other names, one a line').fill('Lingnan Data Lab\n嶺南數據實驗室');
    await panel.locator('.own-list form').getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByRole('article', { name: 'Lingnan Data Lab Ltd' })).toBeVisible();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('searchbox').fill('lingnan');
    const found = popup.getByRole('region', { name: 'Your terms' });
    await expect(found.getByRole('button')).toContainText('Lingnan Data Lab Ltd');
    await found.getByRole('button').first().click();
    await expect(popup.getByRole('heading', { name: 'Lingnan Data Lab Ltd' })).toBeVisible();
    await expect(popup.getByText('A data lab in Hengqin')).toBeVisible();
    await Promise.all([popup.close(), panel.close()]);
  });

  test('own terms go out with the JSON export and come back with an import; a file with a bad term is refused whole', async ({
    context,
    extensionId,
  }, testInfo) => {
    const panel = await openTermsView(context, extensionId);
    await addInPanel(panel, { name: 'Qianhai Fund', aliases: ['前海基金'], kind: 'Organisation' });
    await expect(panel.locator('.own-terms .count')).toHaveText('1 term');

    await panel.getByRole('tab', { name: 'Snippets' }).click();
    await panel.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'JSON', exact: true }).click(),
    ]);
    const file = testInfo.outputPath('export.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({
      format: 'baylens-snippets',
      version: 3,
      ownTerms: [{ names: ['Qianhai Fund', '前海基金'], kind: 'organisation' }],
    });

    await panel.getByRole('tab', { name: 'Your terms' }).click();
    await panel.getByRole('article', { name: 'Qianhai Fund' }).getByRole('button', { name: 'Delete' }).click();
    await expect(panel.locator('.own-terms .count')).toHaveText('0 terms');

    await panel.getByRole('tab', { name: 'Snippets' }).click();
    const bad = { ...exported, ownTerms: [...exported.ownTerms, { ...exported.ownTerms[0], id: 'own-bad', names: ['!!'] }] };
    await panel
      .getByLabel('Import a JSON export')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect(panel.getByRole('alert')).toContainText(
      'Nothing was imported. Own term 2 of 2 cannot be imported: The name “!!” has no letters or digits',
    );
    await panel.getByRole('tab', { name: 'Your terms' }).click();
    await expect(panel.locator('.own-terms .count')).toHaveText('0 terms');

    await panel.getByRole('tab', { name: 'Snippets' }).click();
    await panel.getByLabel('Import a JSON export').setInputFiles(file);
    await expect(panel.getByRole('status').filter({ hasText: 'Imported' })).toContainText('and 1 of your terms');
    await panel.getByRole('tab', { name: 'Your terms' }).click();
    await expect(panel.getByRole('article', { name: 'Qianhai Fund' })).toContainText('前海基金');
    await panel.close();
  });
});
