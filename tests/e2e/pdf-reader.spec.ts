import type { Page } from '@playwright/test';
import { test, expect, readHighlights } from './extension';
import { hover } from './page-helpers';
import { openPopup } from './popup-helpers';
import { printPdf, readAll, readerAt, servePdf } from './pdf-helpers';

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
          if (range.startContainer.parentElement!.closest('.textLayer')) out[range.toString().replace(/\s+/g, ' ')] = Number(box.dataset.pageNumber);
        }
      });
      return out;
    });
    expect(pages['106 square kilometres']).toBe(1);
    expect(pages['Hong Kong-Zhuhai-Macao Bridge']).toBe(2);
  });
});
