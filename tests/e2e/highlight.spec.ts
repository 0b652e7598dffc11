import { test, expect, readHighlights } from './extension';

test.describe('the built extension on a page', () => {
  test('loads, with its service worker and popup', async ({ page, extensionId }) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByRole('heading', { name: 'Baylens' })).toBeVisible();
    await expect(page.getByText(/\d+ entries, \d+ figures and \d+ source passages/)).toBeVisible();
  });

  test('highlights entries of every kind, in English and both Chinese scripts', async ({ page, server }) => {
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await expect
      .poll(() => page.evaluate(readHighlights).then((h) => h['baylens-zone'] ?? []))
      .toContain('Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
    const highlights = await page.evaluate(readHighlights);
    expect(highlights['baylens-zone']).toEqual(
      expect.arrayContaining(['Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone', '横琴粤澳深度合作区']),
    );
    // A name split by a link is still one highlight.
    expect(highlights['baylens-infrastructure']).toEqual(expect.arrayContaining(['Hong Kong-Zhuhai-Macao Bridge', '港珠澳大橋']));
    expect(highlights['baylens-place']).toEqual(expect.arrayContaining(['Macao', '澳門', '粵港澳大灣區']));
  });

  test('marks figures, and a page number that differs from the index as a mismatch', async ({ page, server }) => {
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await expect
      .poll(() => page.evaluate(readHighlights).then((h) => h['baylens-figure'] ?? []))
      .toEqual(expect.arrayContaining(['106 square kilometres', '3.89 square kilometres', '18.6%', '106平方公里']));
    expect((await page.evaluate(readHighlights))['baylens-mismatch']).toContain('21.5%');
  });

  test('leaves form fields, scripts and the page text alone', async ({ page, server }) => {
    await page.goto(`${server.origin}/fixtures/sample-article.html`);
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    const inForms = await page.evaluate(() => {
      let count = 0;
      CSS.highlights.forEach((h) => {
        for (const r of h) {
          const node = (r as Range).commonAncestorContainer;
          const element = node instanceof Element ? node : node.parentElement;
          if (element?.closest('textarea, input, script, style')) count++;
        }
      });
      return count;
    });
    expect(inForms).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { sampleScriptRan: boolean }).sampleScriptRan)).toBe(true);
    // The DOM is exactly what the page's own HTML parses to: no wrappers, no attributes.
    const [bodyNow, bodyBefore] = await page.evaluate(async () => {
      const served = await (await fetch(location.href)).text();
      return [document.body.innerHTML, new DOMParser().parseFromString(served, 'text/html').body.innerHTML];
    });
    expect(bodyNow).toBe(bodyBefore);
  });
});
