import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../../lib/cli/chromium';
import { SAVED_PAGES_DIR, onlyLocal } from '../../lib/cli/static-server';
import { test, expect } from './extension';
import { highlightedText } from './page-helpers';

/** The saved real pages (tests/fixtures/pages, vendored with their licence). */
const PAGES = readdirSync(SAVED_PAGES_DIR)
  .filter((n) => n.endsWith('.html'))
  .sort();

/** What each page should show highlighted, reviewed by hand; a page not listed shows nothing. */
const EXPECTED = JSON.parse(readFileSync(join(SAVED_PAGES_DIR, 'expected-highlights.json'), 'utf8')) as Record<string, string[]>;

/** Some pages print a fresh random or time-based number on every load (webmd's tracking pixel). */
function withoutCacheBusters(text: string): string {
  return text.replace(/\d{10,}/g, '#');
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
    // Only the test server (and the extension's own files) answer: the pages' remote scripts and images fail fast and alike.
    await plain.context.route('**/*', onlyLocal(server.origin));
    await browserWithExtension.context.route('**/*', onlyLocal(server.origin));
  });

  test.afterAll(async ({ browserWithExtension }) => {
    await browserWithExtension.context.unrouteAll({ behavior: 'ignoreErrors' });
    await plain.close();
  });

  for (const name of PAGES) {
    test(`${name}: same text, no new errors, exactly the reviewed highlights`, async ({ page, server }) => {
      const url = `${server.origin}/pages/${name}`;
      const reference = await plain.context.newPage();
      const referenceErrors = await visit(reference, url);
      const referenceText = await reference.evaluate(() => document.body?.innerText ?? '');
      await reference.close();

      const errors = await visit(page, url);
      await page.waitForFunction(() => performance.getEntriesByName('baylens:scan-done').length > 0, undefined, { timeout: 20_000 });
      expect(withoutCacheBusters(await page.evaluate(() => document.body?.innerText ?? ''))).toBe(withoutCacheBusters(referenceText));
      expect(errors.filter((e) => !referenceErrors.includes(e))).toEqual([]);
      const highlighted = [...new Set(await highlightedText(page))].sort();
      expect(highlighted).toEqual([...(EXPECTED[name] ?? [])].sort());
    });
  }
});
