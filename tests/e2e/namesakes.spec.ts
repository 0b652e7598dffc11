import { test, expect } from './extension';
import { highlightedText } from './page-helpers';

/** Pages whose words look like GBA names but mean something else: nothing may be marked. */
const LOOK_ALIKES = ['gba-console', 'chicago-loop', 'spratly', 'zhongshan-hospital', 'other-bay-areas', 'heathrow'];

/** GBA pages written for these tests, with what a reader should see marked (reviewed by hand). */
const GBA_PAGES: Record<string, string[]> = {
  'gba-news-en': [
    'Bank of China (Hong Kong)',
    'GBA',
    'Guangdong-Macao In-Depth Cooperation Zone in Hengqin',
    'Hengqin',
    'Hong Kong',
    'Hong Kong Exchanges and Clearing',
    'Hong Kong-Zhuhai-Macao Bridge',
    'Macao',
    'Macao New Neighbourhood',
    'Northbound Travel for Hong Kong Vehicles',
    'Qianhai',
    'University of Macau',
  ],
  'gba-news-zh-hant': [
    '北部都會區',
    '大灣區',
    '橫琴',
    '橫琴口岸',
    '河套合作區',
    '深港兩地',
    '港澳',
    '港珠澳大橋',
    '澳門大學',
    '粵港澳大灣區',
  ],
};

/** Waits for Baylens to finish the page; the mark comes only once the whole page is scanned. */
async function scanned(page: import('@playwright/test').Page) {
  await page.waitForFunction(() => performance.getEntriesByName('baylens:scan-done').length > 0, undefined, { timeout: 20_000 });
}

test.describe('names and their namesakes', () => {
  for (const name of LOOK_ALIKES) {
    test(`${name}: a look-alike page gets no highlight at all`, async ({ page, server }) => {
      await page.goto(`${server.origin}/fixtures/namesakes/${name}.html`);
      await scanned(page);
      expect(await highlightedText(page)).toEqual([]);
    });
  }

  for (const [name, expected] of Object.entries(GBA_PAGES)) {
    test(`${name}: a GBA page gets exactly its entries, institutions over the places in their names`, async ({ page, server }) => {
      await page.goto(`${server.origin}/fixtures/namesakes/${name}.html`);
      await scanned(page);
      expect([...new Set(await highlightedText(page))].sort()).toEqual([...expected].sort());
    });
  }
});
