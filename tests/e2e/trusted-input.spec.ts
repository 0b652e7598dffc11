import type { Page } from '@playwright/test';
import { test, expect } from './extension';
import { hover, pointOf, settled } from './page-helpers';
import { openPanel, resetLibrary } from '../fixtures/snippets-e2e';

/** How many cards have been painted on the page (a test-build mark per card). */
const cardsPainted = (page: Page) => page.evaluate(() => performance.getEntriesByName('baylens:card-painted').length);

/** Runs code in Baylens' own content-script world of a page, as a compromised page process could. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Baylens');
  if (!world) throw new Error(`Baylens' content script world was not found (worlds: ${contexts.map((c) => c.name).join(', ')})`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

test.describe('a page cannot act for the reader', () => {
  test.beforeEach(async ({ page, server, context }) => {
    await resetLibrary(context);
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await settled(page);
  });

  test('forged pointer events over a highlight open no card', async ({ page }) => {
    const forged = await pointOf(page, 'Macao SAR Government');
    await page.evaluate(({ x, y }) => {
      for (const type of ['pointerover', 'pointermove', 'mouseover', 'mousemove', 'focus']) {
        const target = document.elementFromPoint(x, y)!;
        target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true }));
      }
    }, forged);
    // The reader's own hover opens a card after the same delay: had the forged one opened a
    // card, it would have been painted first.
    await hover(page, 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    const card = page.locator('baylens-ui .card');
    await expect(card.getByRole('heading', { name: 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin' })).toBeVisible();
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect.poll(() => cardsPainted(page)).toBe(1);
  });

  test('scripted clicks and keys on an open card save nothing and close nothing', async ({ page, context, extensionId }) => {
    await hover(page, 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    const card = page.locator('baylens-ui .card');
    await expect(card).toHaveAttribute('data-state', 'ready');
    // The test build leaves the card's root open so this script can reach the buttons at all.
    await page.evaluate(() => {
      const root = document.querySelector('baylens-ui')!.shadowRoot!;
      for (const button of root.querySelectorAll('button')) {
        if (/Save snippet|Open in side panel|Close card/.test(button.textContent + (button.getAttribute('aria-label') ?? '')))
          button.click();
      }
      root.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    // Handled at once if at all: the card is still there, and no notice says anything happened.
    await expect(card).toBeVisible();
    await expect(card.getByRole('status').last()).toHaveText('');
    // The reader's own click saves, and it is the first save of this sentence.
    await card.getByRole('button', { name: 'Save snippet' }).click();
    await expect(card.getByRole('status').last()).toHaveText('Saved to your snippets.');
    const panel = await openPanel(context, extensionId);
    await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('1 snippet');
    await panel.close();
  });

  test('the content script may ask for card data, but not import, delete, restore or change settings', async ({
    page,
    context,
    extensionId,
  }) => {
    const reply = await inContentScript(page, `chrome.runtime.sendMessage({ type: 'card:entry', id: 'hengqin' })`);
    expect(reply).toMatchObject({ ok: true, value: { name: 'Hengqin' } });

    const snippet = {
      id: 'forged-1',
      text: 'Planted by a page',
      context: { before: '', after: '' },
      page: { url: 'https://evil.example/', title: 'Evil' },
      savedAt: '2026-01-01T00:00:00.000Z',
      entries: [],
      note: '',
      tags: [],
    };
    const forbidden = [
      { type: 'snippets:import', snippets: [snippet] },
      { type: 'snippets:restore', snippets: [snippet] },
      { type: 'snippet:delete', snippets: [{ id: 'x' }] },
      { type: 'snippet:edit', snippet: { id: 'x' }, edit: { note: 'changed' } },
      { type: 'settings:set', patch: { enabled: false } },
      { type: 'settings:site', host: '127.0.0.1', enabled: false },
      { type: 'settings:toggle', host: '127.0.0.1' },
      { type: 'snippets:open' },
    ];
    for (const message of forbidden) {
      const refused = await inContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);
      expect(refused, message.type).toEqual({ ok: false, error: `refused: a web page may not send ${message.type}` });
    }
    const malformed = await inContentScript(page, `chrome.runtime.sendMessage({ type: 'snippet:save', text: '' })`);
    expect(malformed).toMatchObject({ ok: false, error: expect.stringMatching(/^refused: /) });

    // Nothing changed: the library is empty and highlighting is still on.
    const panel = await openPanel(context, extensionId);
    await expect(panel.getByText('Nothing saved yet.')).toBeVisible();
    await panel.close();
    const settings = await page
      .context()
      .serviceWorkers()[0]!
      .evaluate(() => chrome.storage.local.get('settings'));
    expect(JSON.stringify(settings)).not.toContain('"enabled":false');
    await expect.poll(() => settled(page)).toBeGreaterThan(0);
  });
});

test.describe('a page cannot tell Baylens is there, nor switch it off', () => {
  /** The event WXT's content-script runtime sends on the page's document at every start, and stops on when it hears it. */
  const startedEvent = (extensionId: string) => `${extensionId}:content:wxt:content-script-started`;

  test('no event on the page names the extension, and sending one leaves the highlights', async ({ page, server, extensionId }) => {
    // Listening before any script of the page or of Baylens runs, in the page's own world.
    await page.addInitScript((name) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      for (const target of [window, document]) target.addEventListener(name, () => heard.push(name), { capture: true });
    }, startedEvent(extensionId));
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    const before = await settled(page);
    expect(before).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    // A page that knows the extension's id (a store listing shows it) sends the event itself.
    await page.evaluate((name) => {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    }, startedEvent(extensionId));
    // The highlights stay, and the reader's hover still opens a card.
    expect(await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBe(before);
    await hover(page, 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    await expect(page.locator('baylens-ui .card')).toHaveAttribute('data-state', 'ready');
  });
});
