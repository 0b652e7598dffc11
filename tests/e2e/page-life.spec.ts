import type { Page, Worker } from '@playwright/test';
import { serviceWorkerOf } from '../../lib/cli/chromium';
import { test, expect, readHighlights } from './extension';
import { highlightedText, hover, settled } from './page-helpers';

const texts = (page: Page) => highlightedText(page);

/** Sends a request to the background from an extension page, as the popup would. */
async function fromExtensionPage(page: Page, extensionId: string, request: unknown) {
  const ext = await page.context().newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const reply = await ext.evaluate((r) => chrome.runtime.sendMessage(r), request);
  await ext.close();
  // The page is the reader's tab again: a hidden tab draws no frames, and highlights show with frames.
  await page.bringToFront();
  return reply;
}

/** Presses a keyboard command on the page: the test build hands it to the background's real listener. */
async function command(page: Page, worker: Worker, name: string) {
  await page.bringToFront();
  await worker.evaluate(async (c) => {
    const hooks = (globalThis as unknown as { baylensTest?: { command(c: string, tab: chrome.tabs.Tab): Promise<unknown> } }).baylensTest;
    if (!hooks) throw new Error('This is not the test build: it has no test hooks.');
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await hooks.command(c, tab!);
  }, name);
}

test.describe('highlights on a living page', () => {
  test('highlights a Chinese page in Simplified and Traditional script', async ({ page, server }) => {
    await page.goto(`${server.origin}/fixtures/chinese-news.html`);
    await settled(page);
    const all = await texts(page);
    expect(all).toEqual(
      expect.arrayContaining(['横琴粤澳深度合作区', '澳门', '河套深港科技创新合作区', '港珠澳大橋', '香港', '106平方公里', '18.6%']),
    );
    expect((await page.evaluate(readHighlights))['baylens-mismatch']).toEqual(['5平方公里']);
    // Hidden text is not highlighted.
    expect(all).not.toContain('港珠澳大桥');
  });

  test('highlights text added or changed after load', async ({ page, server }) => {
    await page.goto(`${server.origin}/fixtures/dynamic.html`);
    await settled(page);
    expect(await texts(page)).toContain('Shenzhen');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.innerHTML = 'More news: <b>Nansha</b> and the Hengqin Port.';
      document.getElementById('feed')!.append(p);
      document.getElementById('ticker')!.firstChild!.textContent = 'Breaking: Guangzhou Futures Exchange lists a new contract';
    });
    await expect.poll(() => texts(page)).toEqual(expect.arrayContaining(['Nansha', 'Hengqin Port', 'Guangzhou Futures Exchange']));
    // Text that goes away takes its highlight with it.
    await page.evaluate(() => document.getElementById('first')!.remove());
    await expect.poll(() => texts(page)).not.toContain('Shenzhen');
  });

  test('covers open shadow roots and same-origin frames', async ({ page, server }) => {
    await page.goto(`${server.origin}/fixtures/dynamic.html`);
    await settled(page);
    expect(await texts(page)).toEqual(expect.arrayContaining(['Qianhai', 'Nansha']));
    const frame = page.frame({ url: 'about:srcdoc' })!;
    await expect.poll(() => frame.evaluate(readHighlights).then((h) => Object.values(h).flat())).toContain('Hong Kong-Zhuhai-Macao Bridge');
  });

  test('shows page text that looks like markup as inert text', async ({ page, server }) => {
    await page.goto(`${server.origin}/fixtures/dynamic.html`);
    await settled(page);
    await hover(page, 'Macao');
    const card = page.locator('baylens-ui .card');
    await expect(card.getByRole('heading', { name: 'Macao' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    expect(await card.locator('img, script').count()).toBe(0);
  });

  test('turning a site off clears its highlights at once, and on restores them', async ({ page, server, extensionId }) => {
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    const before = await settled(page);
    expect(before).toBeGreaterThan(20);
    await hover(page, 'Hengqin Island');
    await expect(page.locator('baylens-ui .card')).toBeVisible();
    await fromExtensionPage(page, extensionId, { type: 'settings:site', host: '127.0.0.1', enabled: false });
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    // Nothing of Baylens is left in the page.
    await expect.poll(() => page.evaluate(() => document.querySelector('baylens-ui'))).toBeNull();
    await fromExtensionPage(page, extensionId, { type: 'settings:site', host: '127.0.0.1', enabled: true });
    await expect.poll(() => settled(page)).toBe(before);
    // Everywhere off, then on again.
    await fromExtensionPage(page, extensionId, { type: 'settings:set', patch: { enabled: false } });
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await fromExtensionPage(page, extensionId, { type: 'settings:set', patch: { enabled: true } });
    await expect.poll(() => settled(page)).toBe(before);
  });

  test('the keyboard command steps through highlights, opening each card with focus', async ({ page, server, context }) => {
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await settled(page);
    const worker = await serviceWorkerOf(context);
    await command(page, worker, 'next-highlight');
    const card = page.locator('baylens-ui .card');
    await expect(card.getByRole('heading', { name: 'Hengqin' })).toBeVisible();
    expect((await page.evaluate(readHighlights))['baylens-current']).toEqual(['Hengqin']);
    await command(page, worker, 'next-highlight');
    await expect(card.getByRole('heading', { name: /Hetao/ })).toBeVisible();
    expect((await page.evaluate(readHighlights))['baylens-current']).toEqual(['the Loop']);
    await command(page, worker, 'previous-highlight');
    await expect(card.getByRole('heading', { name: 'Hengqin' })).toBeVisible();
    // The card's controls are reachable with Tab.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.querySelector('baylens-ui')?.shadowRoot?.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('Pin card');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('the keyboard toggle turns highlighting off for the site and back on', async ({ page, server, context }) => {
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    const before = await settled(page);
    const worker = await serviceWorkerOf(context);
    await command(page, worker, 'toggle-highlights');
    await expect.poll(() => texts(page)).toEqual([]);
    await command(page, worker, 'toggle-highlights');
    await expect.poll(() => texts(page).then((t) => t.length)).toBe(before);
  });

  test('reads the matcher the background stored, and still highlights when that copy is damaged', async ({ page, server, context }) => {
    const worker = await serviceWorkerOf(context);
    const stored = await worker.evaluate(() => chrome.storage.local.get(['matcherBuild', 'matcherTables']));
    expect(stored.matcherBuild).toMatch(/^[0-9a-f]{16}$/);
    expect(typeof stored.matcherTables).toBe('string');
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await settled(page);
    const before = await texts(page);
    expect(before.length).toBeGreaterThan(20);
    try {
      for (const damaged of ['{"simplified":', JSON.stringify({ ...JSON.parse(stored.matcherTables as string), targets: '' })]) {
        await worker.evaluate((t) => chrome.storage.local.set({ matcherTables: t }), damaged);
        await page.reload();
        await expect.poll(() => texts(page)).toEqual(before);
      }
    } finally {
      await worker.evaluate((t) => chrome.storage.local.set({ matcherTables: t }), stored.matcherTables as string);
    }
  });

  test('makes no network request of its own', async ({ page, server }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await settled(page);
    await hover(page, 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    await expect(page.locator('baylens-ui .card .figures')).toBeVisible();
    const foreign = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
  });

  test('posts no message to the page: a site cannot tell from its own window that Baylens is there', async ({ page, server }) => {
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      addEventListener('message', (event) => seen.push(event.data), true);
    });
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await settled(page);
    expect(await page.evaluate(readHighlights)).not.toEqual({});
    await hover(page, 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    await expect(page.locator('baylens-ui .card .figures')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([]);
  });
});

test.describe('the start-up read', () => {
  test('begins as the top frame’s document starts, before the content script, which takes it instead of reading again', async ({
    page,
    server,
  }) => {
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await settled(page);
    const at = await page.evaluate(() =>
      Object.fromEntries(
        ['baylens:early-read', 'baylens:start', 'baylens:early-read-taken'].map((name) => [
          name,
          performance.getEntriesByName(name)[0]?.startTime ?? null,
        ]),
      ),
    );
    expect(at['baylens:early-read'], 'the early script began the read').not.toBeNull();
    expect(at['baylens:early-read-taken'], 'the content script took it').not.toBeNull();
    expect(at['baylens:early-read']!).toBeLessThan(at['baylens:start']!);
    expect(await page.evaluate(readHighlights)).not.toEqual({});
  });
});
