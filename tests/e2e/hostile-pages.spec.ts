import { test, expect } from './extension';
import { highlightedText } from './page-helpers';

const html = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>hostile</title></head><body>${body}</body></html>`;

const scanDone = () => performance.getEntriesByName('baylens:scan-done').length > 0;

test.describe('hostile pages do not hurt Baylens, and Baylens does not hurt them', () => {
  test('a page that mutates itself every few milliseconds keeps running, and highlights keep up', async ({ page, server }) => {
    server.pages.set(
      '/hostile/forever.html',
      html(`<p id="ticker">start</p><div id="churn"></div>
      <script>
        let n = 0;
        window.churning = setInterval(() => {
          n++;
          document.getElementById('ticker').textContent = 'Tick ' + n + ': Macao and Hengqin';
          const churn = document.getElementById('churn');
          churn.append(Object.assign(document.createElement('p'), { textContent: 'Item ' + n + ' about Shenzhen' }));
          if (churn.children.length > 5) churn.firstElementChild.remove();
        }, 5);
      </script>`),
    );
    await page.goto(`${server.origin}/hostile/forever.html`);
    await page.waitForFunction(scanDone);
    const ticks = await page.evaluate(
      () => (window as unknown as { n: number }).n ?? Number(document.getElementById('ticker')!.textContent!.match(/\d+/)![0]),
    );
    // The page's own timer still runs freely…
    await page.waitForFunction((from) => Number(document.getElementById('ticker')!.textContent!.match(/\d+/)![0]) > from + 50, ticks, {
      timeout: 5_000,
    });
    // …highlights of replaced text do not pile up while it churns…
    const total = await page.evaluate(() => [...CSS.highlights.values()].reduce((s, h) => s + h.size, 0));
    expect(total).toBeLessThanOrEqual(3 * (2 + 6));
    // …and once it settles, what it shows is highlighted.
    await page.evaluate(() => clearInterval((window as unknown as { churning: number }).churning));
    await expect.poll(() => highlightedText(page)).toEqual(expect.arrayContaining(['Macao', 'Hengqin', 'Shenzhen']));
    expect((await highlightedText(page)).filter((t) => t === '')).toEqual([]);
  });

  test('a page of 100,000 text nodes is highlighted completely and left intact', async ({ page, server }) => {
    const spans: string[] = [];
    for (let i = 0; i < 100_000; i++) spans.push(i % 1000 === 0 ? '<span>Nansha</span> ' : `<span>w${i}</span> `);
    server.pages.set('/hostile/many.html', html(`<div id="all">${spans.join('')}</div>`));
    await page.goto(`${server.origin}/hostile/many.html`);
    await page.waitForFunction(scanDone, undefined, { timeout: 30_000 });
    const found = (await highlightedText(page)).filter((t) => t === 'Nansha');
    expect(found).toHaveLength(100);
    expect(await page.evaluate(() => document.querySelectorAll('#all span').length)).toBe(100_000);
  });

  test('a page with more marks than can be shown at once shows those near the viewport, then those scrolled to', async ({
    page,
    server,
  }) => {
    // 6,000 marks in two kinds, one paragraph each: more than the 1,500 registered at once.
    const paragraphs: string[] = [];
    for (let i = 0; i < 3_000; i++) paragraphs.push(`<p id="p${i}">Item ${i}: Nansha looks across to Macao.</p>`);
    server.pages.set('/hostile/windowed.html', html(paragraphs.join('')));
    await page.goto(`${server.origin}/hostile/windowed.html`);
    await page.waitForFunction(scanDone, undefined, { timeout: 30_000 });
    const found = await page.evaluate(() => (performance.getEntriesByName('baylens:scan-done')[0] as PerformanceMark).detail.highlights);
    expect(found).toBe(6_000);
    /** Ids of the paragraphs whose text is registered, and how many ranges are. */
    const registered = () =>
      page.evaluate(() => {
        const ids = new Set<string>();
        let ranges = 0;
        for (const h of CSS.highlights.values())
          for (const r of h) {
            ranges++;
            ids.add(((r as Range).startContainer.parentElement as HTMLElement).id);
          }
        return { ranges, first: ids.has('p0'), last: ids.has('p2999') };
      });
    expect(await registered()).toEqual({ ranges: 1_500, first: true, last: false });
    await page.evaluate(() => document.getElementById('p2999')!.scrollIntoView());
    await expect.poll(registered).toEqual({ ranges: 1_500, first: false, last: true });
    // What is on screen is what is highlighted: the last paragraph's two names.
    expect(await highlightedText(page)).toEqual(expect.arrayContaining(['Nansha', 'Macao']));
    await page.evaluate(() => document.getElementById('p0')!.scrollIntoView());
    await expect.poll(registered).toEqual({ ranges: 1_500, first: true, last: false });
  });

  test('deeply nested markup is scanned without errors', async ({ page, server }) => {
    const depth = 4000;
    server.pages.set(
      '/hostile/deep.html',
      html(`${'<div>'.repeat(depth)}Deep down: the Hong Kong-Zhuhai-Macao Bridge.${'</div>'.repeat(depth)}`),
    );
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/hostile/deep.html`);
    await page.waitForFunction(scanDone);
    expect(await highlightedText(page)).toContain('Hong Kong-Zhuhai-Macao Bridge');
    expect(errors).toEqual([]);
  });
});
