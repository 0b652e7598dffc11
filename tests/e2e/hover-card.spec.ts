import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../../lib/cli/static-server';
import { test, expect } from './extension';
import { hover, marks, settled } from './page-helpers';

test('the card opens on a page whose own policy allows no script or style: its code and look are the extension’s', async ({
  page,
  server,
}) => {
  // The card's code is loaded at the first hover; the page's policy binds the page, not Baylens.
  server.files.set('/strict/sample-article.html', {
    body: readFileSync(join(FIXTURES_DIR, 'sample-article.html')),
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'" },
  });
  await page.goto(`${server.origin}/strict/sample-article.html`);
  await settled(page);
  await hover(page, 'Hengqin Island');
  const card = page.locator('baylens-ui .card');
  await expect(card.getByRole('heading', { name: 'Hengqin', exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Save snippet' })).toBeVisible();
  // Nor does the page's own timeline show the extension loading it.
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(loaded.filter((name) => !name.startsWith(server.origin))).toEqual([]);
});

test.describe('the hover card', () => {
  test.beforeEach(async ({ page, server }) => {
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await settled(page);
  });

  test('opens after a short rest on a highlight, with the entry it names', async ({ page }) => {
    await hover(page, 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    const card = page.locator('baylens-ui .card');
    await expect(card.getByRole('heading', { name: 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin' })).toBeVisible();
    await expect(card).toContainText('横琴粤澳深度合作区');
    await expect(card).toContainText('橫琴粵澳深度合作區');
    await expect(card).toContainText('Cooperation zone');
    await expect(card.locator('.figures')).toContainText('about 106 km²');
    await expect(card.locator('.figures')).toContainText('as of 5 September 2021');
    await expect(card.locator('.relations')).toContainText('Set up by');
    await expect(card.locator('.passage mark').first()).toBeVisible();
    // Inside the viewport.
    const box = (await card.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  });

  test('stays open while the pointer moves into it, and closes once it has left', async ({ page }) => {
    await hover(page, 'Macao SAR Government');
    const card = page.locator('baylens-ui .card');
    await expect(card.getByRole('heading', { name: 'Government of the Macao Special Administrative Region' })).toBeVisible();
    const box = (await card.boundingBox())!;
    const kept = await marks(page, 'baylens:card-kept');
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 5 });
    // The pointer's arrival in the card cancels the close the highlight's leaving scheduled.
    await expect.poll(() => marks(page, 'baylens:card-kept')).toBeGreaterThan(kept);
    await expect(card).toBeVisible();
    await page.mouse.move(5, 5, { steps: 3 });
    await expect(card).toBeHidden();
  });

  test('follows a relation inside the card and comes back', async ({ page }) => {
    await hover(page, 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    const card = page.locator('baylens-ui .card');
    await card
      .locator('.relations')
      .getByRole('button', { name: /Master Plan/ })
      .first()
      .click();
    await expect(card.getByRole('heading', { name: /Master Plan/ })).toBeVisible();
    await card.getByRole('button', { name: 'Back' }).click();
    await expect(card.getByRole('heading', { name: 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin' })).toBeVisible();
  });

  test('shows the first related entries of an entry with many, and all of them on request', async ({ page }) => {
    await hover(page, 'Shenzhen');
    const card = page.locator('baylens-ui .card');
    await expect(card.getByRole('heading', { name: 'Shenzhen', exact: true })).toBeVisible();
    const related = card.getByRole('region', { name: 'Related entries' }).locator('.relations li');
    await expect(related).toHaveCount(12);
    const showAll = card.getByRole('button', { name: /^Show all \d+ related entries$/ });
    const all = Number((await showAll.textContent())!.match(/\d+/)![0]);
    expect(all).toBeGreaterThan(12);
    await showAll.click();
    await expect(related).toHaveCount(all);
    await expect(showAll).toHaveCount(0);
  });

  test('can be pinned, and Escape closes it', async ({ page }) => {
    await hover(page, 'Hong Kong-Zhuhai-Macao Bridge');
    const card = page.locator('baylens-ui .card');
    await expect(card.getByRole('heading', { name: 'Hong Kong-Zhuhai-Macao Bridge' })).toBeVisible();
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 10, { steps: 3 });
    await card.getByRole('button', { name: 'Pin card' }).click();
    const kept = await marks(page, 'baylens:card-kept');
    await page.mouse.move(5, 5, { steps: 3 });
    // Leaving a pinned card schedules no close.
    await expect.poll(() => marks(page, 'baylens:card-kept')).toBeGreaterThan(kept);
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('shows the indexed figure of a number, and says when the page differs', async ({ page }) => {
    await hover(page, '18.6%');
    const card = page.locator('baylens-ui .card');
    await expect(card.locator('.verdict')).toHaveText("This page's “18.6%” agrees with the source.");
    await page.mouse.move(5, 5, { steps: 3 });
    await expect(card).toBeHidden();
    await hover(page, '21.5%');
    await expect(card.locator('.verdict')).toHaveText('This page says “21.5%”; the source says 18.6%.');
    await expect(card).toContainText('Macao');
  });
});

test.describe('saving from the hover card', () => {
  test('"Save snippet" keeps the sentence around the term, and the side panel lists it', async ({ page, server, context, extensionId }) => {
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await settled(page);
    await hover(page, '3.89 square kilometres');
    const card = page.locator('baylens-ui .card');
    await card.getByRole('button', { name: 'Save snippet' }).click();
    await expect(card.getByRole('status').last()).toHaveText(/Saved to your snippets\.|Already in your snippets\./);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(panel.getByText(/has only 3\.89 square kilometres, yet it is meant to pull research talent/).first()).toBeVisible();
    await panel.close();
  });
});

test('"Open in side panel" shows the snippets about the card\'s entry', async ({ page, server, context, extensionId }) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  await hover(page, 'Hong Kong-Zhuhai-Macao Bridge');
  const card = page.locator('baylens-ui .card');
  await card.getByRole('button', { name: 'Save snippet' }).click();
  await expect(card.getByRole('status').last()).toHaveText(/Saved to your snippets\.|Already in your snippets\./);
  await card.getByRole('button', { name: 'Open in side panel' }).click();
  // Headless Chromium has no side panel to show; the panel page opened now follows the request.
  await expect(card.getByRole('status').last()).toHaveText(/side panel/);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByLabel('Filter by entry')).toHaveValue('hzmb');
  await expect(panel.getByText(/Traffic on the Hong Kong-Zhuhai-Macao Bridge has grown/).first()).toBeVisible();
  await panel.close();
});
