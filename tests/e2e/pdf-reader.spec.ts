import type { BrowserContext, Page } from '@playwright/test';
import type { Snippet } from '../../lib/snippets/schema';
import { openPanel, resetLibrary, saveSelection, selectText, tabIdOf } from '../fixtures/snippets-e2e';
import { test, expect, readHighlights } from './extension';
import { hover } from './page-helpers';
import { openPopup } from './popup-helpers';
import { damagedPdf, lockedPdf, printPdf, printScan, readAll, readerAt, servePdf } from './pdf-helpers';

/** Two pages: the cooperation zone on the first, the Loop and the bridge on the second. */
const BRIEFING = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Bay Area Briefing in Print</title>
<style>body { font: 16px/1.5 'Liberation Serif', serif; } h1 { font: 700 28px 'Liberation Sans', sans-serif; } .next { break-before: page; }</style></head>
<body>
<h1>Bay Area Briefing in Print</h1>
<p>The Guangdong-Macao In-Depth Cooperation Zone in Hengqin covers about 106 square kilometres of Hengqin Island.
Its management committee works under the dual director system, with Guangdong and the Macao SAR Government sharing the work.</p>
<p class="next">Across the estuary, the Loop is much smaller: the Hetao Shenzhen-Hong Kong Science and Technology Innovation
Cooperation Zone has only 3.89 square kilometres.</p>
<p>Traffic on the Hong Kong-Zhuhai-Macao Bridge has grown since private cars may cross it.</p>
</body></html>`;

/** The same facts in Simplified and Traditional Chinese, one page. */
const CHINESE = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>大湾区简报</title>
<style>body { font: 16px/1.6 'WenQuanYi Micro Hei', sans-serif; }</style></head>
<body><h1>大湾区简报</h1>
<p>横琴粤澳深度合作区面积约106平方公里，是促进澳门经济适度多元发展的新平台。</p>
<p lang="zh-Hant">港珠澳大橋連接香港、珠海和澳門，是粵港澳大灣區的重要基建。</p>
</body></html>`;

let briefing: Buffer;
let chinese: Buffer;

test.beforeAll(async ({ browserWithExtension }) => {
  briefing = await printPdf(browserWithExtension.context, BRIEFING);
  chinese = await printPdf(browserWithExtension.context, CHINESE);
});

async function highlightsOf(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(readHighlights);
}

/** Every snippet in the library, as the background stored it. */
async function library(context: BrowserContext): Promise<Snippet[]> {
  return context.serviceWorkers()[0]!.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([key, value]) => key.startsWith('snippets-') && Array.isArray(value))
      .flatMap(([, value]) => value as Snippet[]);
  });
}

/** Problems the page reported: console errors and uncaught exceptions. */
function problemsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(message.text());
  });
  page.on('pageerror', (error) => seen.push(error.message));
  return seen;
}

test.describe('the PDF reader', () => {
  test('opens a PDF from the web and marks its entries and figures by kind on the text layer', async ({ page, server, extensionId }) => {
    const url = servePdf(server, '/docs/briefing.pdf', briefing);
    await page.goto(readerAt(extensionId, url));
    await readAll(page);
    await expect(page).toHaveTitle('Bay Area Briefing in Print');
    const highlights = await highlightsOf(page);
    expect(highlights['baylens-zone']).toEqual(expect.arrayContaining(['Guangdong-Macao In-Depth Cooperation Zone in Hengqin']));
    expect(highlights['baylens-infrastructure']).toEqual(expect.arrayContaining(['Hong Kong-Zhuhai-Macao Bridge']));
    expect(highlights['baylens-organisation']).toEqual(expect.arrayContaining(['Macao SAR Government']));
    expect(highlights['baylens-figure']).toEqual(expect.arrayContaining(['106 square kilometres', '3.89 square kilometres']));
    // Every range lies on a text layer of the reader, on the page it was printed on.
    const pages = await page.evaluate(() => {
      const out: Record<string, number> = {};
      CSS.highlights.forEach((highlight) => {
        for (const r of highlight) {
          const range = r as Range;
          const box = range.startContainer.parentElement!.closest('[data-page-number]') as HTMLElement;
          if (range.startContainer.parentElement!.closest('.textLayer'))
            out[range.toString().replace(/\s+/g, ' ')] = Number(box.dataset.pageNumber);
        }
      });
      return out;
    });
    expect(pages['106 square kilometres']).toBe(1);
    expect(pages['Hong Kong-Zhuhai-Macao Bridge']).toBe(2);
  });

  test('opens a card on a highlight, and saves a snippet that keeps the title, address and page number', async ({
    page,
    server,
    context,
    extensionId,
  }) => {
    await resetLibrary(context);
    const url = servePdf(server, '/docs/briefing.pdf', briefing);
    await page.goto(readerAt(extensionId, url));
    await readAll(page);
    await hover(page, 'Hong Kong-Zhuhai-Macao Bridge');
    const card = page.locator('baylens-ui .card');
    await expect(card.getByRole('heading', { name: 'Hong Kong-Zhuhai-Macao Bridge' })).toBeVisible();
    await card.getByRole('button', { name: 'Save snippet' }).click();
    await expect(card.getByRole('status').last()).toHaveText('Saved to your snippets.');

    const [snippet] = await library(context);
    expect(snippet!.text).toBe('Traffic on the Hong Kong-Zhuhai-Macao Bridge has grown since private cars may cross it.');
    expect(snippet!.page).toEqual({ url, title: 'Bay Area Briefing in Print', number: 2 });
    expect(snippet!.context.before).toContain('3.89 square kilometres');
    expect(snippet!.entries).toContain('hzmb');

    // The side panel cites the page, and its link opens the reader there with the passage marked.
    const panel = await openPanel(context, extensionId);
    const item = panel.getByRole('article', { name: 'Snippet from Bay Area Briefing in Print' });
    await expect(item.locator('.snippet-source')).toContainText('Bay Area Briefing in Print, p. 2');
    const link = await item.getByRole('link', { name: 'Bay Area Briefing in Print' }).getAttribute('href');
    expect(link).toContain(`chrome-extension://${extensionId}/pdf.html?src=${encodeURIComponent(url)}&page=2&mark=`);
    await panel.close();
    const back = await context.newPage();
    await back.goto(link!);
    await readAll(back);
    expect((await highlightsOf(back))['baylens-passage']).toEqual([snippet!.text]);
    const where = await back.evaluate(() => {
      const range = [...CSS.highlights.get('baylens-passage')!][0] as Range;
      const box = range.getBoundingClientRect();
      return {
        page: (range.startContainer.parentElement!.closest('[data-page-number]') as HTMLElement).dataset.pageNumber,
        inView: box.top >= 0 && box.bottom <= innerHeight,
      };
    });
    expect(where).toEqual({ page: '2', inView: true });
    await back.close();
  });

  test('checks a figure against the index in its card', async ({ page, server, extensionId }) => {
    const url = servePdf(server, '/docs/briefing.pdf', briefing);
    await page.goto(readerAt(extensionId, url));
    await readAll(page);
    await hover(page, '106 square kilometres');
    const card = page.locator('baylens-ui .card');
    await expect(card.getByRole('status').first()).toHaveText("This page's “106 square kilometres” agrees with the source.");
    await expect(card).toContainText('about 106 km²');
  });

  test('reads a Chinese PDF: Simplified and Traditional names and a figure in 平方公里', async ({ page, server, extensionId }) => {
    const url = servePdf(server, '/docs/chinese.pdf', chinese);
    await page.goto(readerAt(extensionId, url));
    await readAll(page);
    await expect(page).toHaveTitle('大湾区简报');
    const text = await page.locator('.textLayer').first().textContent();
    expect(text, 'Chromium printed no Chinese text: install a Chinese font (apt-get install fonts-wqy-microhei)').toContain(
      '横琴粤澳深度合作区',
    );
    const highlights = await highlightsOf(page);
    expect(highlights['baylens-zone']).toEqual(expect.arrayContaining(['横琴粤澳深度合作区']));
    expect(highlights['baylens-infrastructure']).toEqual(expect.arrayContaining(['港珠澳大橋']));
    expect(highlights['baylens-figure']).toEqual(expect.arrayContaining(['106平方公里']));
    await hover(page, '港珠澳大橋');
    await expect(page.locator('baylens-ui .card').getByRole('heading', { name: 'Hong Kong-Zhuhai-Macao Bridge' })).toBeVisible();
  });

  test('gives the popup the digest of the whole document, and stepping scrolls to the page', async ({
    page,
    server,
    context,
    extensionId,
  }) => {
    const url = servePdf(server, '/docs/briefing.pdf', briefing);
    await page.goto(readerAt(extensionId, url));
    await readAll(page);
    const popup = await openPopup(context, extensionId, page);
    await expect(popup.getByText('Bay Area Briefing in Print')).toBeVisible();
    const infrastructure = popup.getByRole('region', { name: 'Infrastructure', exact: true });
    const row = infrastructure.locator('.digest-row').filter({ hasText: 'Hong Kong-Zhuhai-Macao Bridge' });
    await row.locator('.row').focus();
    await popup.keyboard.press('Enter');
    await expect(row.getByRole('status')).toHaveText('1 of 1');
    const current = await page.evaluate(() => {
      const range = [...CSS.highlights.get('baylens-current')!][0] as Range;
      const box = range.getBoundingClientRect();
      return {
        text: range.toString(),
        page: (range.startContainer.parentElement!.closest('[data-page-number]') as HTMLElement).dataset.pageNumber,
        inView: box.top >= 0 && box.bottom <= innerHeight,
      };
    });
    expect(current).toEqual({ text: 'Hong Kong-Zhuhai-Macao Bridge', page: '2', inView: true });
    await popup.close();
  });

  test('steps to the previous highlight with the keyboard command, opening its card', async ({ page, server, context, extensionId }) => {
    const url = servePdf(server, '/docs/briefing.pdf', briefing);
    await page.goto(readerAt(extensionId, url));
    await readAll(page);
    const tabId = await tabIdOf(context, page);
    // The test build hands the command to the background's own listener, as the browser would.
    await context.serviceWorkers()[0]!.evaluate(async (id) => {
      const hooks = (globalThis as unknown as { baylensTest: { command: (c: string, t: chrome.tabs.Tab) => Promise<unknown> } })
        .baylensTest;
      await hooks.command('previous-highlight', await chrome.tabs.get(id));
    }, tabId);
    const card = page.locator('baylens-ui .card');
    await expect(card.getByRole('heading', { name: 'Hong Kong-Zhuhai-Macao Bridge' })).toBeVisible();
    await expect(card).toBeFocused();
  });

  test('saves a selection from the context menu with its page number', async ({ page, server, context, extensionId }) => {
    await resetLibrary(context);
    const url = servePdf(server, '/docs/briefing.pdf', briefing);
    await page.goto(readerAt(extensionId, url));
    await readAll(page);
    await selectText(page, '[data-page-number="1"] .textLayer', 'dual director system');
    const tabId = await tabIdOf(context, page);
    // The menu's own listener: the background asks the reader page for its selection.
    expect(await saveSelection(context, [{ tabId }], 'menu')).toEqual(['✓']);
    const [snippet] = await library(context);
    expect(snippet).toMatchObject({
      text: 'dual director system',
      page: { url, title: 'Bay Area Briefing in Print', number: 1 },
      entries: ['dual-director-system'],
    });
    expect(snippet!.context.before).toMatch(/management committee works under the $/);
  });

  test('opens a local file chosen by the reader, and nothing is fetched', async ({ page, server, context, extensionId }) => {
    await resetLibrary(context);
    const asked = server.requests.length;
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(`chrome-extension://${extensionId}/pdf.html`);
    await expect(page.getByText('Drop a PDF here')).toBeVisible();
    await page.locator('#file').setInputFiles({ name: 'briefing-copy.pdf', mimeType: 'application/pdf', buffer: briefing });
    await readAll(page);
    expect(await highlightsOf(page).then((h) => h['baylens-zone'])).toContain('Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    await hover(page, 'Macao SAR Government');
    const card = page.locator('baylens-ui .card');
    await card.getByRole('button', { name: 'Save snippet' }).click();
    await expect(card.getByRole('status').last()).toHaveText('Saved to your snippets.');
    const [snippet] = await library(context);
    expect(snippet!.page).toEqual({ url: 'file:///briefing-copy.pdf', title: 'Bay Area Briefing in Print', number: 1 });
    expect(server.requests.length).toBe(asked);
    expect(fetched.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`) && !u.startsWith('blob:'))).toEqual([]);
  });

  test('asks for the PDF and nothing else: no fonts, workers or maps from outside the extension', async ({ page, server, extensionId }) => {
    const url = servePdf(server, '/docs/chinese.pdf', chinese);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    const asked = server.requests.length;
    await page.goto(readerAt(extensionId, url));
    await readAll(page);
    const outside = fetched.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`) && !u.startsWith('blob:'));
    expect(new Set(outside)).toEqual(new Set([url]));
    expect(new Set(server.requests.slice(asked))).toEqual(new Set(['/docs/chinese.pdf']));
  });
});

test.describe('the PDF reader with bad input', () => {
  const cases: { name: string; body: () => Promise<Buffer> | Buffer; type?: string; says: RegExp }[] = [
    {
      name: 'a page that is not a PDF',
      body: () => Buffer.from('<!doctype html><title>x</title><p>Hengqin</p>'),
      type: 'text/html',
      says: /not a PDF/,
    },
    { name: 'a damaged PDF', body: damagedPdf, says: /not a PDF, or it is damaged|damaged/ },
    { name: 'a PDF locked with a password', body: lockedPdf, says: /protected by a password/ },
  ];
  for (const { name, body, type, says } of cases) {
    test(`says so plainly for ${name}, with no error in the console`, async ({ page, server, extensionId }) => {
      const problems = problemsOf(page);
      const url = servePdf(server, `/bad/${name.replace(/\W+/g, '-')}.pdf`, await body(), { ...(type ? { type } : {}) });
      await page.goto(readerAt(extensionId, url));
      await expect(page.getByRole('status')).toHaveText(says);
      expect(await page.locator('.reader-page').count()).toBe(0);
      expect(problems).toEqual([]);
    });
  }

  test('says a scanned PDF has no text to read, and still shows its pages', async ({ page, server, context, extensionId }) => {
    const problems = problemsOf(page);
    const scan = await printScan(context, [
      'The Guangdong-Macao In-Depth Cooperation Zone in Hengqin',
      'covers about 106 square kilometres.',
    ]);
    const url = servePdf(server, '/bad/scan.pdf', scan);
    await page.goto(readerAt(extensionId, url));
    await readAll(page);
    await expect(page.getByRole('status')).toHaveText(/this PDF has no text to read/i);
    await expect(page.locator('.reader-page')).toHaveCount(1);
    expect(await highlightsOf(page)).toEqual({});
    expect(problems).toEqual([]);
  });

  test('a broken PDF leaves the rest of Baylens working: the next page is highlighted as usual', async ({
    page,
    server,
    context,
    extensionId,
  }) => {
    const url = servePdf(server, '/bad/broken.pdf', damagedPdf());
    await page.goto(readerAt(extensionId, url));
    await expect(page.getByRole('status')).toHaveText(/damaged/);
    const next = await context.newPage();
    await next.goto(`${server.origin}/fixtures/sample-article.html`);
    await expect
      .poll(() => highlightsOf(next).then((h) => h['baylens-zone'] ?? []))
      .toContain('Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    await next.close();
  });
});

test.describe('getting to the reader', () => {
  test('the popup offers "Open in Baylens reader" on a PDF in the browser, and opens it there', async ({
    page,
    server,
    context,
    extensionId,
  }) => {
    const url = servePdf(server, '/docs/briefing.pdf', briefing);
    await page.goto(url);
    const popup = await openPopup(context, extensionId, page);
    await popup.getByRole('button', { name: 'Open in Baylens reader' }).focus();
    // The popup closes itself once the reader opens, sometimes before the key press returns.
    await popup.keyboard.press('Enter').catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
    await expect(page).toHaveURL(readerAt(extensionId, url));
    await readAll(page);
    expect(await highlightsOf(page).then((h) => h['baylens-zone'])).toContain('Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
  });

  test('a link to a PDF opens in the reader from its context menu', async ({ page, server, context, extensionId }) => {
    const url = servePdf(server, '/docs/briefing.pdf', briefing);
    server.pages.set('/links.html', `<!doctype html><title>Links</title><p><a href="/docs/briefing.pdf">The briefing (PDF)</a></p>`);
    await page.goto(`${server.origin}/links.html`);
    const tabId = await tabIdOf(context, page);
    const opened = context.waitForEvent('page');
    await context.serviceWorkers()[0]!.evaluate(
      async ({ id, link }) => {
        const hooks = (globalThis as unknown as { baylensTest: { menuClick: (i: object, t: chrome.tabs.Tab) => void } }).baylensTest;
        const tab = await chrome.tabs.get(id);
        hooks.menuClick({ menuItemId: 'baylens-open-pdf', linkUrl: link, pageUrl: tab.url, editable: false }, tab);
      },
      { id: tabId, link: url },
    );
    const reader = await opened;
    await expect(reader).toHaveURL(readerAt(extensionId, url));
    await readAll(reader);
    expect(await highlightsOf(reader).then((h) => h['baylens-infrastructure'])).toContain('Hong Kong-Zhuhai-Macao Bridge');
    await reader.close();
  });

  test('with "Open every PDF in the Baylens reader" switched on in the options, a PDF opens in the reader', async ({
    page,
    server,
    context,
    extensionId,
  }) => {
    const url = servePdf(server, '/docs/chinese.pdf', chinese);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/options.html`);
    const option = popup.getByRole('switch', { name: 'Open every PDF in the Baylens reader' });
    await expect(option).not.toBeChecked();
    await option.check();
    await expect(option).toBeChecked();
    await page.goto(url);
    await expect(page).toHaveURL(readerAt(extensionId, url));
    await readAll(page);
    await option.uncheck();
    await expect(option).not.toBeChecked();
    await popup.close();
    const later = await context.newPage();
    await later.goto(url);
    // Off again: once Baylens has seen the browser's viewer (it answers as a PDF), the PDF stays there.
    const laterTab = await tabIdOf(context, later);
    await expect
      .poll(() =>
        context
          .serviceWorkers()[0]!
          .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page:hello' }, { frameId: 0 }).catch(() => null), laterTab),
      )
      .toMatchObject({ pdf: true, url });
    await expect(later).toHaveURL(url);
    await later.close();
  });
});
