import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { openPanel, resetLibrary, seedLibrary } from '../fixtures/snippets-e2e';
import { bilingualLibrary, sampleSnippet } from '../fixtures/snippets-sample';

const shownTexts = (panel: Page) => panel.getByRole('article').locator('.words').allTextContents();

test.describe('the side panel', () => {
  let panel: Page;
  test.beforeEach(async ({ context, extensionId }) => {
    await resetLibrary(context);
    panel = await openPanel(context, extensionId);
    await seedLibrary(panel, bilingualLibrary);
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('3 snippets');
  });
  test.afterEach(async () => panel.close());

  test('lists snippets newest first, and searches as you type in English and either Chinese script', async () => {
    expect(await shownTexts(panel)).toEqual(bilingualLibrary.map((s) => s.text));
    const search = panel.getByRole('searchbox', { name: 'Search snippets' });
    await search.pressSequentially('heng');
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('2 of 3 snippets');
    await search.fill('深度合作區');
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('1 of 3 snippets');
    expect(await shownTexts(panel)).toEqual([bilingualLibrary[0]!.text]);
    await search.fill('大桥');
    expect(await shownTexts(panel)).toEqual([bilingualLibrary[1]!.text]);
    await search.fill('no such words');
    await expect(panel.getByText('No snippets match.')).toBeVisible();
    await panel.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('3 snippets');
  });

  test('filters by entry, tag and site, from the lists or from a snippet', async () => {
    await panel.getByRole('combobox', { name: 'Filter by entry' }).selectOption({ label: 'Macao (2)' });
    expect(await shownTexts(panel)).toEqual([bilingualLibrary[0]!.text, bilingualLibrary[1]!.text]);
    await panel.getByRole('combobox', { name: 'Filter by tag' }).selectOption('policy');
    expect(await shownTexts(panel)).toEqual([bilingualLibrary[0]!.text]);
    await panel.getByRole('button', { name: 'Clear search and filters' }).click();
    await panel.getByRole('combobox', { name: 'Filter by site' }).selectOption('scmp.com');
    expect(await shownTexts(panel)).toEqual([bilingualLibrary[2]!.text]);
    await panel.getByRole('button', { name: 'Clear search and filters' }).click();
    await panel.getByRole('article').nth(2).getByRole('button', { name: '#Innovation' }).click();
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('1 of 3 snippets');
    await panel.getByRole('button', { name: 'Clear search and filters' }).click();
    await panel.getByRole('article').nth(1).getByRole('button', { name: 'Hong Kong', exact: true }).click();
    expect(await shownTexts(panel)).toEqual([bilingualLibrary[1]!.text]);
  });

  test('edits a note and tags in place, and keeps them', async ({ context, extensionId }) => {
    const snippet = panel.getByRole('article').first();
    await snippet.getByRole('button', { name: 'Edit note and tags' }).click();
    await snippet.getByRole('textbox', { name: 'Note' }).fill('Check the 106 km² against the master plan');
    await snippet.getByRole('textbox', { name: /Tags/ }).fill('policy, Hengqin , hengqin, area');
    await snippet.getByRole('button', { name: 'Save' }).click();
    await expect(snippet.locator('.snippet-note')).toHaveText('Check the 106 km² against the master plan');
    await expect(snippet.getByRole('list', { name: 'Tags' }).getByRole('button')).toHaveText(['#policy', '#Hengqin', '#area']);

    const again = await openPanel(context, extensionId);
    await expect(again.getByRole('article').first().locator('.snippet-note')).toHaveText('Check the 106 km² against the master plan');
    await again.getByRole('searchbox', { name: 'Search snippets' }).fill('master plan');
    await expect(again.locator('.count')).toHaveText('1 of 3 snippets');
    await again.getByRole('article').first().getByRole('button', { name: 'Edit note and tags' }).click();
    await again.getByRole('textbox', { name: 'Note' }).fill('never kept');
    await again.getByRole('textbox', { name: 'Note' }).press('Escape');
    await expect(again.getByRole('article').first().locator('.snippet-note')).toHaveText('Check the 106 km² against the master plan');
    await again.close();
  });

  test('copies a snippet with its citation, and "/" goes to the search box', async () => {
    // Reading the clipboard needs a permission the extension does not ask for: watch the write instead.
    await panel.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      navigator.clipboard.writeText = async (text: string) => void w.copied.push(text);
    });
    const loop = panel.getByRole('article').nth(2);
    await loop.getByRole('button', { name: 'Copy with citation' }).click();
    await expect(loop.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await panel.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([
      `${bilingualLibrary[2]!.text}\n— “Inside the Loop”, scmp.com, https://www.scmp.com/news/the-loop (saved 2026-10-02)`,
    ]);
    await panel.locator('h1').click();
    await panel.keyboard.press('/');
    await panel.keyboard.type('loop');
    await expect(panel.getByRole('searchbox', { name: 'Search snippets' })).toHaveValue('loop');
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('1 of 3 snippets');
  });

  test('deletes at once, and undoes the delete exactly', async ({ context, extensionId }) => {
    const second = panel.getByRole('article').nth(1);
    await second.getByRole('button', { name: 'Delete' }).click();
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('2 snippets');
    expect(await shownTexts(panel)).toEqual([bilingualLibrary[0]!.text, bilingualLibrary[2]!.text]);
    await panel.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('3 snippets');
    expect(await shownTexts(panel)).toEqual(bilingualLibrary.map((s) => s.text));
    await expect(panel.getByRole('article').nth(1).getByRole('list', { name: 'Tags' })).toHaveText('#infrastructure');

    await panel.getByRole('article').first().getByRole('button', { name: 'Delete' }).click();
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('2 snippets');
    const later = await openPanel(context, extensionId);
    await expect(later.locator('.count')).toHaveText('2 snippets');
    await later.close();
  });

  test('exports all or the shown snippets to Markdown, JSON and CSV, and imports the JSON back without duplicates', async ({ context }) => {
    const exportAs = async (format: string) => {
      await panel.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: format, exact: true }).click(),
      ]);
      await panel.getByText('Export', { exact: true }).click();
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };
    const markdown = await exportAs('Markdown');
    expect(markdown.name).toMatch(/^baylens-snippets-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown.text).toContain('Source: [Inside the Loop](https://www.scmp.com/news/the-loop), scmp.com, saved 2026-10-02.');
    expect(markdown.text).toContain('> 港珠澳大橋連接香港、珠海和澳門，是粵港澳大灣區的重要基建。');
    const csv = await exportAs('CSV');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(csv.text).toContain('“Inside the Loop”, scmp.com, https://www.scmp.com/news/the-loop (saved 2026-10-02)');

    await panel.getByRole('searchbox', { name: 'Search snippets' }).fill('policy');
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('2 of 3 snippets');
    const shown = JSON.parse((await exportAs('JSON')).text);
    expect(shown.snippets.map((s: { id: string }) => s.id)).toEqual(['zh-hans', 'en-loop']);
    await panel.getByText('Export', { exact: true }).click();
    await panel.getByRole('radio', { name: /^All 3 snippets/ }).check();
    await panel.getByText('Export', { exact: true }).click();
    const all = await exportAs('JSON');
    const file = JSON.parse(all.text);
    expect(file).toMatchObject({ format: 'baylens-snippets', version: 3, count: 3, ownTerms: [] });
    expect(file.snippets.map((s: { citation: string }) => s.citation)).toContain(
      '“港珠澳大橋”, news.gov.hk, https://www.news.gov.hk/bridge.html (saved 2026-11-19)',
    );

    await panel.getByRole('button', { name: 'Clear search and filters' }).click();
    await resetLibrary(context);
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('0 snippets');
    const input = panel.getByLabel('Import a JSON export');
    await input.setInputFiles({ name: all.name, mimeType: 'application/json', buffer: Buffer.from(all.text) });
    await expect(panel.getByRole('main').getByRole('status')).toHaveText(/Imported 3 snippets\./);
    expect(await shownTexts(panel)).toEqual(bilingualLibrary.map((s) => s.text));
    await input.setInputFiles({ name: all.name, mimeType: 'application/json', buffer: Buffer.from(all.text) });
    await expect(panel.getByRole('main').getByRole('status')).toHaveText(/Imported 0 snippets; 3 snippets already in your library\./);
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('3 snippets');
  });

  test('refuses a bad import with a clear message and leaves the library as it was', async () => {
    const input = panel.getByLabel('Import a JSON export');
    const attempts = [
      { name: 'notes.txt', body: 'These are my notes, not JSON', message: 'Nothing was imported. The file is not JSON.' },
      {
        name: 'newer.json',
        body: JSON.stringify({ format: 'baylens-snippets', version: 9, snippets: [] }),
        message: 'from a newer Baylens',
      },
      {
        name: 'hostile.json',
        body: JSON.stringify({
          format: 'baylens-snippets',
          version: 2,
          snippets: [sampleSnippet({ id: 'fresh' }), sampleSnippet({ page: { url: 'javascript:alert(1)', title: 'x' } })],
        }),
        message: 'Snippet 2 of 2 cannot be imported: page.url is not a web address',
      },
    ];
    for (const { name, body, message } of attempts) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await expect(panel.getByRole('main').getByRole('alert')).toContainText(message);
      await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('3 snippets');
    }
    expect(await shownTexts(panel)).toEqual(bilingualLibrary.map((s) => s.text));
  });
});

test('scrolls a large library from newest to oldest with only the visible snippets in the page', async ({ context, extensionId }) => {
  await resetLibrary(context);
  const panel = await openPanel(context, extensionId);
  const library = Array.from({ length: 400 }, (_, i) =>
    sampleSnippet({
      id: `bulk-${i}`,
      text: `Snippet number ${i} about Qianhai.`,
      savedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    }),
  );
  await seedLibrary(panel, library);
  await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('400 snippets');
  await expect(panel.getByRole('article').first().locator('.words')).toHaveText('Snippet number 399 about Qianhai.');
  expect(await panel.getByRole('article').count()).toBeLessThan(40);
  // A keyboard reaches the oldest snippet too: the list scrolls with End like any page.
  await panel.getByRole('region', { name: 'Snippets, scrollable' }).focus();
  await panel.keyboard.press('End');
  await expect(panel.getByRole('article').last().locator('.words')).toHaveText('Snippet number 0 about Qianhai.');
  expect(await panel.getByRole('article').count()).toBeLessThan(40);
  // Every word must occur, anywhere: 12, 112, 120–129, 212 and 312.
  await panel.getByRole('searchbox', { name: 'Search snippets' }).fill('number 12');
  await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('14 of 400 snippets');
  await expect(panel.getByRole('article').first().locator('.words')).toHaveText('Snippet number 312 about Qianhai.');
  await panel.close();
});
