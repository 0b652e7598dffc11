import { test, expect, readHighlights } from './extension';
import { openPopup } from './popup-helpers';
import { hover, settled } from './page-helpers';
import { highlightStyle, openOptions, resetSettings, storedSettings } from './settings-helpers';

test.beforeEach(async ({ context }) => resetSettings(context));

test('a colour chosen in the options shows on an open page at once', async ({ page, context, server, extensionId }) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  // The default palette's blue for places, drawn as an underline with a light fill.
  expect(await highlightStyle(page, 'place')).toMatchObject({ line: 'rgb(0, 114, 178)', pattern: 'solid' });

  const options = await openOptions(context, extensionId);
  await options.getByLabel('Colour of Places').fill('#c0ffee');
  await expect.poll(() => highlightStyle(page, 'place')).toMatchObject({ line: 'rgb(192, 255, 238)' });

  await options.getByRole('radio', { name: 'Background' }).check();
  await expect.poll(() => highlightStyle(page, 'place').then((s) => s.fill)).toBe('rgba(192, 255, 238, 0.3)');

  await options.getByRole('radio', { name: 'High contrast' }).check();
  await options.getByRole('button', { name: "Use the palette's colours" }).click();
  await expect.poll(() => highlightStyle(page, 'place').then((s) => s.line)).toBe('rgb(0, 63, 140)');
  await options.close();
});

test('changes sent at once all land: the background applies them one after another', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await options.evaluate(() =>
    Promise.all([
      chrome.runtime.sendMessage({ type: 'settings:set', patch: { palette: 'high-contrast' } }),
      chrome.runtime.sendMessage({ type: 'settings:set', patch: { style: 'background' } }),
      chrome.runtime.sendMessage({ type: 'settings:set', patch: { hiddenKinds: ['event'] } }),
    ]),
  );
  expect(await storedSettings(context)).toMatchObject({ palette: 'high-contrast', style: 'background', hiddenKinds: ['event'] });
  await options.close();
});

test('a kind switched off leaves open pages and comes back without a reload', async ({ page, context, server, extensionId }) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  const places = (await page.evaluate(readHighlights))['baylens-place'];
  expect(places?.length).toBeGreaterThan(0);

  const options = await openOptions(context, extensionId);
  await options.getByRole('checkbox', { name: 'Highlight Places' }).uncheck();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('baylens-place'))).toBe(false);
  expect(await page.evaluate(() => CSS.highlights.has('baylens-zone'))).toBe(true);

  await options.getByRole('checkbox', { name: 'Highlight Places' }).check();
  await expect.poll(() => page.evaluate(readHighlights).then((h) => h['baylens-place'])).toEqual(places);
  await options.close();
});

test('figure checks switched off take the numbers off open pages', async ({ page, context, server, extensionId }) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('baylens-figure'))).toBe(true);
  const options = await openOptions(context, extensionId);
  await options.getByRole('checkbox', { name: "Check numbers on the page against the index's figures" }).uncheck();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('baylens-figure') || CSS.highlights.has('baylens-mismatch'))).toBe(false);
  expect(await page.evaluate(() => CSS.highlights.has('baylens-zone'))).toBe(true);
  await options.close();
});

test('sites where highlighting is off: added by address, removed, and open pages and the toolbar follow', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  const before = await settled(page);
  const options = await openOptions(context, extensionId);
  await expect(options.getByText('No site: every site is highlighted.')).toBeVisible();

  await options.getByLabel('Turn highlighting off on a site').fill('not a site');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.getByRole('alert')).toHaveText('“not a site” is not a site name or address.');

  await options.getByLabel('Turn highlighting off on a site').fill(`${server.origin}/fixtures/sample-article.html`);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.getByRole('listitem').filter({ hasText: '127.0.0.1' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);

  // The tab's toolbar button says so: greyed, and its tooltip gives the reason.
  const sw = context.serviceWorkers()[0]!;
  const tabId = await (async () => {
    await page.bringToFront();
    return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  })();
  await expect
    .poll(() => sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId))
    .toBe('Baylens (highlighting off on this site)');

  await options.getByRole('button', { name: 'Highlight 127.0.0.1 again' }).click();
  await expect.poll(() => settled(page)).toBe(before);
  await expect.poll(() => sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe('Baylens');
  await options.close();
});

test('a bad settings file is refused whole with a reason, and a good one applies', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('checkbox', { name: 'Highlight Events' }).uncheck();
  await expect.poll(() => storedSettings(context)).toMatchObject({ hiddenKinds: ['event'] });
  const before = await storedSettings(context);
  const file = options.getByLabel('Import a settings file');
  const settingsFile = (settings: object) => JSON.stringify({ format: 'baylens-settings', version: 1, settings });

  const refusals = [
    { body: 'not json at all', reason: 'The file is not JSON. Choose a settings file exported from Baylens.' },
    {
      body: JSON.stringify({ format: 'baylens-snippets', version: 2, snippets: [] }),
      reason: 'The file is JSON but not a Baylens settings file (it lacks "format": "baylens-settings").',
    },
    {
      body: JSON.stringify({ format: 'baylens-settings', version: 9, settings: {} }),
      reason: 'The file is version 9, from a newer Baylens; this one reads up to version 1. Update Baylens, then import it.',
    },
    // One good change and one bad one: nothing of it is taken.
    {
      body: settingsFile({ style: 'background', colours: { place: 'red' } }),
      reason: 'The setting “Colours” is not valid: each kind\'s colour must be written like "#1a7f37".',
    },
    {
      body: settingsFile({ hoverDelayMs: -5 }),
      reason: 'The setting “Hover delay” is not valid: it must be a whole number of milliseconds from 0 to 5000.',
    },
    { body: settingsFile({ theme: 'dark' }), reason: 'The file has a setting this Baylens does not know: “theme”.' },
  ];
  for (const { body, reason } of refusals) {
    await file.setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(options.getByRole('alert')).toHaveText(`Nothing was changed. ${reason}`);
    expect(await storedSettings(context)).toEqual(before);
  }

  await file.setInputFiles({
    name: 'settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(settingsFile({ style: 'background', hoverDelayMs: 800 })),
  });
  await expect(options.locator('#transfer').getByRole('status')).toHaveText('Settings imported.');
  await expect.poll(() => storedSettings(context)).toMatchObject({ style: 'background', hoverDelayMs: 800, hiddenKinds: [] });
  await expect(options.getByRole('radio', { name: 'Background' })).toBeChecked();
  await options.close();
});

test('the settings export is a file the import takes back', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('radio', { name: 'High contrast' }).check();
  await options.getByRole('checkbox', { name: 'Highlight People' }).uncheck();
  await expect.poll(() => storedSettings(context)).toMatchObject({ palette: 'high-contrast', hiddenKinds: ['person'] });
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export settings' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('baylens-settings.json');
  const exported = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  expect(JSON.parse(exported.toString('utf8'))).toMatchObject({
    format: 'baylens-settings',
    version: 1,
    settings: { palette: 'high-contrast', hiddenKinds: ['person'] },
  });

  await resetSettings(context);
  await expect(options.getByRole('radio', { name: 'High contrast' })).not.toBeChecked();
  await options
    .getByLabel('Import a settings file')
    .setInputFiles({ name: 'baylens-settings.json', mimeType: 'application/json', buffer: exported });
  await expect.poll(() => storedSettings(context)).toMatchObject({ palette: 'high-contrast', hiddenKinds: ['person'] });
  await options.close();
});

test('the popup opens the hover delay in the options, and a new delay applies to open pages', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  await page.goto(`${server.origin}/fixtures/sample-article.html`);
  await settled(page);
  const popup = await openPopup(context, extensionId, page);
  const [options] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Cards open after 300 ms' }).click(),
  ]);
  await expect(options).toHaveURL(/options\.html#hover-delay$/);
  const slider = options.getByRole('slider', { name: 'Open a card after the pointer rests for' });
  await expect(slider).toBeFocused();
  await slider.fill('1200');
  await expect(options.locator('#hover-delay output')).toHaveText('1200 ms');
  await expect.poll(() => storedSettings(context)).toMatchObject({ hoverDelayMs: 1200 });
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Cards open after 1200 ms' })).toBeVisible();

  await page.bringToFront();
  // How the card first came into the page: built during the delay, it is hidden then (the test
  // build's card root is open, so the page can look).
  await page.evaluate(() => {
    const w = window as unknown as { firstCard?: string };
    const look = (root: ShadowRoot) => {
      const card = root.querySelector('.card');
      if (!card) return false;
      w.firstCard = getComputedStyle(card).visibility;
      return true;
    };
    // The card may be in the root already when the host is first seen.
    const watchRoot = (root: ShadowRoot) => {
      if (look(root)) return;
      new MutationObserver((_, observer) => {
        if (look(root)) observer.disconnect();
      }).observe(root, { childList: true, subtree: true });
    };
    const existing = document.querySelector('baylens-ui')?.shadowRoot;
    if (existing) return watchRoot(existing);
    new MutationObserver((_, observer) => {
      const host = document.querySelector('baylens-ui');
      if (!host?.shadowRoot) return;
      watchRoot(host.shadowRoot);
      observer.disconnect();
    }).observe(document.documentElement, { childList: true });
  });
  await hover(page, 'Hengqin Island');
  const rested = await page.evaluate(() => performance.now());
  const card = page.locator('baylens-ui .card');
  await expect(card.getByRole('heading', { name: 'Hengqin' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { firstCard?: string }).firstCard)).toBe('hidden');
  // A timer of 1,200 ms cannot fire early: the card came well after the default 300 ms.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('baylens:card-painted').length)).toBeGreaterThan(0);
  const painted = await page.evaluate(() => performance.getEntriesByName('baylens:card-painted').at(-1)!.startTime);
  expect(painted - rested).toBeGreaterThanOrEqual(1000);
  await options.close();
  await popup.close();
});
