import { existsSync, readdirSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../../lib/cli/chromium';
import { SHARED_PAGES_DIR } from '../../lib/cli/static-server';
import { buildIndex } from '../../lib/kb/build';
import { Matcher } from '../../lib/match/matcher';
import { test, expect } from './extension';
import { highlightedText } from './page-helpers';

/** The 47 saved real pages; read in place, and absent on machines without ../shared. */
const PAGES = existsSync(SHARED_PAGES_DIR) ? readdirSync(SHARED_PAGES_DIR).filter((n) => n.endsWith('.html')).sort() : [];
if (PAGES.length === 0) console.warn(`No real pages at ${SHARED_PAGES_DIR}: the real-page tests are not generated.`);

const matcher = new Matcher(buildIndex().index.matcher);

/** What a reader of the page sees, line by line, as the matcher reads it. */
function expectedSurfaces(innerText: string): string[] {
  return innerText.split('\n').flatMap((line) => matcher.findMentions(line).map((m) => line.slice(m.start, m.end).replace(/\s+/g, ' ')));
}

/** Some pages print a fresh random or time-based number on every load (webmd's tracking pixel). */
function withoutCacheBusters(text: string): string {
  return text.replace(/\d{10,}/g, '#');
}

/** Only the test server answers; the pages' remote scripts and images fail fast and alike. */
async function localOnly(context: BrowserContext, origin: string) {
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
}

async function visit(page: Page, url: string) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  return errors;
}

test.describe('real pages keep working with Baylens', () => {
  let plain: { context: BrowserContext; close: () => Promise<void> };

  test.beforeAll(async ({ browserWithExtension, server }) => {
    plain = await launchWithExtension({ withoutExtension: true });
    await localOnly(plain.context, server.origin);
    await localOnly(browserWithExtension.context, server.origin);
  });

  test.afterAll(async ({ browserWithExtension }) => {
    await browserWithExtension.context.unrouteAll({ behavior: 'ignoreErrors' });
    await plain.close();
  });

  for (const name of PAGES) {
    test(`${name}: same text, no new errors, highlights where entries occur`, async ({ page, server }) => {
      const url = `${server.origin}/shared/${name}`;
      const reference = await plain.context.newPage();
      const referenceErrors = await visit(reference, url);
      const referenceText = await reference.evaluate(() => document.body?.innerText ?? '');
      // Form controls are never highlighted: leave their text out of what is expected.
      const prose = await reference.evaluate(() => {
        document.querySelectorAll('select, option, textarea, input, button, [contenteditable]').forEach((e) => e.remove());
        return document.body?.innerText ?? '';
      });
      await reference.close();

      const errors = await visit(page, url);
      await page.waitForFunction(() => performance.getEntriesByName('baylens:scan-done').length > 0, undefined, { timeout: 20_000 });
      expect(withoutCacheBusters(await page.evaluate(() => document.body?.innerText ?? ''))).toBe(withoutCacheBusters(referenceText));
      expect(errors.filter((e) => !referenceErrors.includes(e))).toEqual([]);
      const highlighted = await highlightedText(page);
      for (const surface of expectedSurfaces(prose)) expect(highlighted).toContain(surface);
    });
  }
});
