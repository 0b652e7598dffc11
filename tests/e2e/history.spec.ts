import { expect, test } from './extension';
import { hover, settled } from './page-helpers';
import { openTermsView, resetTermsAndHistory } from '../fixtures/own-terms-e2e';

const story = (n: number, text: string) => `<!doctype html><meta charset="utf-8"><title>Story ${n}</title><p>${text}</p>`;

test.describe('the reading history', () => {
  test.beforeEach(async ({ context, server }) => {
    await resetTermsAndHistory(context);
    server.pages.set('/h/1.html', story(1, 'Hengqin signed a new agreement with Macao on Monday.'));
    server.pages.set('/h/2.html', story(2, 'Officials in Hengqin opened a second port this week.'));
    server.pages.set('/h/3.html', story(3, 'A third report on Hengqin, read with the history off.'));
    server.pages.set('/h/4.html', story(4, 'A fourth report on Hengqin, on a site where highlighting is off.'));
  });
  // The next spec file shares this browser: it finds no terms and no history of ours.
  test.afterEach(async ({ context }) => resetTermsAndHistory(context));

  test('the card and the popup say where an entry was met; the switch stops recording, a site that is off is never recorded, and it clears', async ({
    context,
    page,
    server,
    extensionId,
  }) => {
    const panel = await openTermsView(context, extensionId);
    const kept = panel.locator('.history-controls');
    await expect(kept).toContainText('0 page visits kept');

    for (const n of [1, 2]) {
      await page.goto(`${server.origin}/h/${n}.html`);
      await settled(page);
      await expect(kept).toContainText(`${n} page visit${n === 1 ? '' : 's'} kept`);
    }

    await hover(page, 'Hengqin');
    const card = page.locator('baylens-ui .card');
    await expect(card.getByRole('heading', { name: 'Hengqin', exact: true })).toBeVisible();
    const seen = card.getByRole('region', { name: 'Reading history' });
    await expect(seen).toContainText(/Seen on 2 pages, last on \d{1,2} [A-Z][a-z]{2}/);
    await expect(seen.getByRole('link')).toHaveText(['Story 2', 'Story 1']);
    await expect(seen.getByRole('link', { name: 'Story 1' })).toHaveAttribute('href', `${server.origin}/h/1.html`);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('searchbox').fill('macao');
    await popup
      .getByRole('button', { name: /^Macao/ })
      .first()
      .click();
    await expect(popup.getByRole('region', { name: 'Reading history' })).toContainText('Seen on 1 page, last on');

    // Off: nothing more is recorded, and nothing is shown.
    await kept.getByLabel('Keep a reading history').uncheck();
    await page.goto(`${server.origin}/h/3.html`);
    await settled(page);
    await hover(page, 'Hengqin');
    await expect(card.getByRole('heading', { name: 'Hengqin', exact: true })).toBeVisible();
    await expect(card.locator('.description')).toBeVisible();
    await expect(card.getByRole('region', { name: 'Reading history' })).toHaveCount(0);
    await kept.getByLabel('Keep a reading history').check();

    // A site with highlighting off is never recorded: switched off here from the popup's message.
    const reply = await popup.evaluate(
      (host) => chrome.runtime.sendMessage({ type: 'settings:site', host, enabled: false }),
      new URL(server.origin).hostname,
    );
    expect(reply).toMatchObject({ ok: true });
    await page.goto(`${server.origin}/h/4.html`);
    await expect(page.locator('p')).toContainText('fourth');
    // Leave before switching the site back on: the page open then would be highlighted, and recorded.
    await page.goto('about:blank');
    await popup.evaluate(
      (host) => chrome.runtime.sendMessage({ type: 'settings:site', host, enabled: true }),
      new URL(server.origin).hostname,
    );
    // Back on: this page records; the third and fourth were not.
    await page.goto(`${server.origin}/h/1.html`);
    await settled(page);
    await expect(kept).toContainText('3 page visits kept');
    await hover(page, 'Hengqin');
    await expect(card.getByRole('region', { name: 'Reading history' })).toContainText('Seen on 2 pages');
    await expect(card.getByRole('region', { name: 'Reading history' }).getByRole('link')).toHaveText(['Story 1', 'Story 2']);

    await kept.getByRole('button', { name: 'Clear reading history' }).click();
    await expect(kept).toContainText('0 page visits kept');
    await expect(kept.getByRole('status')).toHaveText('The reading history is cleared.');
    await Promise.all([popup.close(), panel.close()]);
  });
});
