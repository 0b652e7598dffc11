import { test, expect, readHighlights } from './extension';
import { settled } from './page-helpers';
import { openPopup } from './popup-helpers';

const KIND_HEADINGS: Record<string, string> = {
  place: 'Places',
  zone: 'Cooperation zones',
  infrastructure: 'Infrastructure',
  organisation: 'Organisations',
  person: 'People',
  plan: 'Plans',
  policy: 'Policies and concepts',
  scheme: 'Schemes and programmes',
};

test.describe('the popup on a page', () => {
  test.beforeEach(async ({ page, server }) => {
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await settled(page);
  });

  test('shows what the page mentions by kind, counted as the page highlights them, most mentioned first', async ({
    page,
    context,
    extensionId,
  }) => {
    const popup = await openPopup(context, extensionId, page);
    await expect(popup.getByText('On this page')).toBeVisible();
    // "On this page" shows while the page is still being read: the counts come with the digest.
    await expect(popup.locator('.row .count').first()).toBeVisible();
    const highlights = await page.evaluate(readHighlights);
    for (const [kind, heading] of Object.entries(KIND_HEADINGS)) {
      const onPage = highlights[`baylens-${kind}`] ?? [];
      const group = popup.getByRole('region', { name: heading, exact: true });
      if (onPage.length === 0) {
        await expect(group).toHaveCount(0);
        continue;
      }
      const counts = (await group.locator('.row .count').allTextContents()).map((t) => parseInt(t, 10));
      expect(
        counts.reduce((a, b) => a + b, 0),
        heading,
      ).toBe(onPage.length);
      expect(counts, `${heading} most mentioned first`).toEqual([...counts].sort((a, b) => b - a));
    }
    // Each highlighted name on the page is listed under its kind.
    await expect(popup.getByRole('region', { name: 'Places', exact: true })).toContainText('Macao');
    await expect(popup.getByRole('region', { name: 'Cooperation zones', exact: true })).toContainText(
      'Guangdong-Macao In-Depth Cooperation Zone in Hengqin',
    );
  });

  test('lists the figures with a mark for agreeing with the source or not', async ({ page, context, extensionId }) => {
    const popup = await openPopup(context, extensionId, page);
    const figures = popup.getByRole('region', { name: 'Figures' });
    const highlights = await page.evaluate(readHighlights);
    for (const surface of new Set(highlights['baylens-figure'] ?? [])) {
      await expect(figures.locator('.number.match', { hasText: surface })).toContainText('✓');
    }
    const mismatches = [...new Set(highlights['baylens-mismatch'] ?? [])];
    expect(mismatches.length).toBeGreaterThan(0);
    for (const surface of mismatches) {
      const row = figures.locator('.figure-row', { has: popup.locator('.number.mismatch', { hasText: surface }) });
      await expect(row.locator('.number.mismatch')).toContainText('≠');
      await expect(row).toContainText('the source says');
    }
  });

  test('steps through the occurrences of an entry on the page, marking each in turn', async ({ page, context, extensionId }) => {
    const popup = await openPopup(context, extensionId, page);
    const places = popup.getByRole('region', { name: 'Places', exact: true });
    const row = places.locator('.digest-row').filter({ has: popup.locator('.row-name', { hasText: /^Macao$/ }) });
    const total = parseInt((await row.locator('.count').textContent()) ?? '', 10);
    expect(total).toBeGreaterThan(1);
    const current = () =>
      page.evaluate(() => {
        const ranges = [...(CSS.highlights.get('baylens-current') ?? [])] as Range[];
        return ranges.map((r) => ({
          text: r.toString(),
          top: r.getBoundingClientRect().top + scrollY,
          visible: r.getBoundingClientRect().top >= 0 && r.getBoundingClientRect().bottom <= innerHeight,
        }));
      });

    // From the keyboard: the popup is a background tab here, where pointer clicks wait for frames.
    await row.locator('.row').focus();
    await popup.keyboard.press('Enter');
    await expect(row.getByRole('status')).toHaveText(`1 of ${total}`);
    const first = await current();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ text: 'Macao', visible: true });

    await popup.keyboard.press('Enter');
    await expect(row.getByRole('status')).toHaveText(`2 of ${total}`);
    const second = await current();
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({ text: 'Macao', visible: true });
    expect(second[0]!.top).toBeGreaterThan(first[0]!.top);
  });

  test('says why there is no digest while highlighting is off for the site, and shows it again once on', async ({
    page,
    context,
    extensionId,
  }) => {
    const popup = await openPopup(context, extensionId, page);
    const places = popup.getByRole('region', { name: 'Places', exact: true });
    await expect(places).toBeVisible();
    const site = popup.getByRole('switch', { name: 'Highlight on 127.0.0.1' });
    await site.focus();
    await popup.keyboard.press('Space');
    await expect(popup.getByText('Highlighting is off here')).toBeVisible();
    await expect(places).toHaveCount(0);
    await site.focus();
    await popup.keyboard.press('Space');
    await expect(places).toBeVisible();
    await expect(site).toBeChecked();
    await popup.close();
  });

  test('says so when a page names nothing from the index, and the search still works', async ({ context, extensionId, server }) => {
    server.pages.set('/plain.html', '<!doctype html><title>Weather</title><p>Sunny with a light breeze, then showers in the evening.</p>');
    const plain = await context.newPage();
    await plain.goto(`${server.origin}/plain.html`);
    const popup = await openPopup(context, extensionId, plain);
    await expect(popup.getByText('Nothing from the index on this page')).toBeVisible();
    await popup.getByRole('searchbox').fill('Nansha');
    await expect(popup.getByRole('region', { name: 'Entries' }).getByRole('button').first()).toContainText('Nansha');
    await plain.close();
    await popup.close();
  });
});

test('waits for a page that is still loading instead of calling it unreadable, then shows its digest', async ({
  context,
  extensionId,
  server,
}) => {
  server.pages.set('/slow.html', '<!doctype html><title>Slow</title><p>Hengqin faces Macao.</p><script src="/slow.js"></script>');
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/slow.js', async (route) => {
    await held;
    await route.fulfill({ body: '', contentType: 'text/javascript' });
  });
  const slow = await context.newPage();
  await slow.goto(`${server.origin}/slow.html`, { waitUntil: 'commit' });
  const popup = await context.newPage();
  // Counts the popup's greetings to the tab, to know it has asked again and again.
  await popup.addInitScript(() => {
    const tabs = chrome.tabs as unknown as { sendMessage: (...args: unknown[]) => unknown };
    const send = tabs.sendMessage.bind(chrome.tabs);
    const w = window as unknown as { asks: number };
    w.asks = 0;
    tabs.sendMessage = (...args: unknown[]) => {
      w.asks++;
      return send(...args);
    };
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await slow.bringToFront();
  await popup.reload();
  await expect(popup.getByText('Reading this page…')).toBeVisible();
  await popup.waitForFunction(() => (window as unknown as { asks: number }).asks >= 4, undefined, { timeout: 10_000 });
  await expect(popup.getByText('Reading this page…')).toBeVisible();
  await expect(popup.getByText('Baylens cannot read this tab')).toHaveCount(0);
  release();
  await expect(popup.getByRole('region', { name: 'Places', exact: true })).toContainText('Hengqin');
  await context.unroute('**/slow.js');
  await slow.close();
  await popup.close();
});

test.describe('the popup where Baylens cannot read the tab', () => {
  test('a browser page gets a clear message, and the search still works', async ({ context, extensionId }) => {
    const browserPage = await context.newPage();
    await browserPage.goto('chrome://version');
    const popup = await openPopup(context, extensionId, browserPage);
    await expect(popup.getByText('Baylens cannot read this tab')).toBeVisible();
    await expect(popup.getByText('Reading this page…')).toHaveCount(0);
    await popup.getByRole('searchbox').fill('Qianhai');
    await expect(popup.getByRole('region', { name: 'Entries' })).toContainText('Qianhai');
    await browserPage.close();
    await popup.close();
  });

  test('so does an extension page, such as the popup itself', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await expect(popup.getByText('Baylens cannot read this tab')).toBeVisible();
    await popup.close();
  });

  test('the theme follows the browser, light or dark', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe('rgb(255, 255, 255)');
    await popup.close();
  });
});
