import { buildIndex } from '../../lib/kb/build';
import { test, expect } from './extension';
import { markedWords, openPopup } from './popup-helpers';

const { index } = buildIndex();
const entryNamed = (name: string) => index.entries.find((e) => e.names.en === name)!;

test.describe('searching from the popup', () => {
  test('finds entries and passages as you type English, with the typed words marked', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await popup.getByRole('searchbox').pressSequentially('hengq', { delay: 20 });
    const entries = popup.getByRole('region', { name: 'Entries' });
    await expect(entries.getByRole('button').first()).toContainText('Hengqin');
    expect(await markedWords(entries.getByRole('button').first())).toContain('Hengq');
    const passages = popup.getByRole('region', { name: 'In the sources' });
    await expect(passages.getByRole('button').first()).toBeVisible();
    expect(await markedWords(passages.getByRole('button').first())).toContain('Hengq');
    await popup.close();
  });

  test('finds the same entries for Simplified and Traditional Chinese, and the passages that name them', async ({
    context,
    extensionId,
  }) => {
    const popup = await openPopup(context, extensionId);
    const box = popup.getByRole('searchbox');
    const names = popup.getByRole('region', { name: 'Entries' }).locator('.result-title .row-name');
    await box.fill('横琴');
    await expect(names.first()).toHaveText('Hengqin');
    const simplified = await names.allTextContents();
    await box.fill('橫琴');
    await expect(names.first()).toHaveText('Hengqin');
    expect(await names.allTextContents()).toEqual(simplified);
    expect(await markedWords(popup.getByRole('region', { name: 'Entries' }).getByRole('button').first())).toEqual(['橫琴']);
    // Passages in either script are found by either script: 橫琴 finds the Simplified 横琴 of a news item.
    expect(await markedWords(popup.getByRole('region', { name: 'In the sources' }).getByRole('button').first())).toContain('横琴');
    await popup.close();
  });

  test('works from the keyboard: arrows move through results, Enter opens, Escape comes back to the same result', async ({
    context,
    extensionId,
  }) => {
    const popup = await openPopup(context, extensionId);
    await expect(popup.getByRole('searchbox')).toBeFocused();
    await popup.keyboard.type('hong kong');
    const results = popup.getByRole('region', { name: 'Entries' }).getByRole('button');
    await expect(results.first()).toContainText('Hong Kong');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await expect(results.nth(1)).toBeFocused();
    const second = await results.nth(1).locator('.row-name').textContent();
    await popup.keyboard.press('Enter');
    await expect(popup.getByRole('heading', { level: 2 })).toHaveText(second!);
    await expect(popup.getByRole('button', { name: 'Back' })).toBeFocused();
    await popup.keyboard.press('Escape');
    await expect(results.nth(1)).toBeFocused();
    await expect(popup.getByRole('searchbox')).toHaveValue('hong kong');
    await popup.keyboard.press('Escape');
    await expect(popup.getByRole('searchbox')).toHaveValue('');
    await popup.close();
  });

  test('an entry shows its names, figures and every passage with its source, and follows relations with Back', async ({
    context,
    extensionId,
  }) => {
    const zone = entryNamed('Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    const popup = await openPopup(context, extensionId);
    await popup.getByRole('searchbox').fill(zone.names['zh-Hant']);
    await expect(popup.getByRole('region', { name: 'Entries' }).getByRole('button').first()).toContainText(zone.names.en);
    await popup.keyboard.press('Enter');
    const heading = popup.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(zone.names.en);
    await expect(popup.locator('.entry .zh')).toContainText(zone.names['zh-Hans']);
    await expect(popup.getByRole('region', { name: 'Key figures' })).toContainText('as of');
    const passages = popup.getByRole('region', { name: 'Sources' }).locator('.passage');
    await expect(passages).toHaveCount(zone.passages.length);
    const first = index.sources.find((s) => s.id === zone.passages[0]!.source)!;
    await expect(passages.first().locator('footer')).toContainText(first.title);
    await expect(passages.first().locator('mark').first()).toBeVisible();

    const related = popup.getByRole('region', { name: 'Related entries' }).getByRole('button').first();
    const target = await related.textContent();
    await related.click();
    await expect(heading).toHaveText(target!);
    await popup.getByRole('button', { name: 'Back' }).click();
    await expect(heading).toHaveText(zone.names.en);
    await popup.close();
  });

  test('Read in context opens the whole source, scrolled to the passage and marking it', async ({ context, extensionId }) => {
    const zone = entryNamed('Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    const link = zone.passages[zone.passages.length - 1]!;
    const source = index.sources.find((s) => s.id === link.source)!;
    const popup = await openPopup(context, extensionId);
    await popup.getByRole('searchbox').fill(zone.names.en);
    await expect(popup.getByRole('region', { name: 'Entries' }).getByRole('button').first()).toContainText(zone.names.en);
    await popup.keyboard.press('Enter');
    const opened = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Read in context' }).last().click();
    const reader = await opened;
    await reader.waitForLoadState();
    expect(new URL(reader.url()).pathname).toBe('/source.html');
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(source.title);
    await expect(reader.locator('.passage-text')).toHaveCount(source.passages.length);
    const passage = reader.locator(`#passage-${link.passage}`);
    await expect(passage).toHaveAttribute('aria-current', 'true');
    await expect(passage).toBeInViewport();
    expect((await markedWords(passage)).length).toBeGreaterThan(0);
    await reader.close();
    await popup.close();
  });

  test('a passage quoted under CC BY-SA names its licence, with a link to it', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await popup.getByRole('searchbox').fill('Macao');
    await expect(popup.getByRole('region', { name: 'Entries' }).getByRole('button').first()).toContainText('Macao');
    await popup.keyboard.press('Enter');
    const licence = popup.getByRole('region', { name: 'Sources' }).getByRole('link', { name: 'CC BY-SA 3.0' }).first();
    await expect(licence).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-sa/3.0/');
    await popup.close();
  });
});
