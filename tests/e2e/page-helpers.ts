import type { Page } from '@playwright/test';
import { pointOf, readHighlights } from '../../lib/cli/chromium';

export { pointOf };

/** All highlighted text on the page, every kind together. */
export async function highlightedText(page: Page): Promise<string[]> {
  return Object.values(await page.evaluate(readHighlights)).flat();
}

/** Rests the pointer on a highlight the way a reader does: arrive, then stay still. */
export async function hover(page: Page, text: string): Promise<void> {
  const { x, y } = await pointOf(page, text);
  await page.mouse.move(x - 40, y - 30);
  await page.mouse.move(x, y, { steps: 4 });
}

/**
 * Waits until the page has highlights and their number stops changing (the same count on
 * two reads a frame apart, after the test build's first-scan mark); fails if it never does.
 */
export async function settled(page: Page): Promise<number> {
  await page
    .waitForFunction(() => performance.getEntriesByName('baylens:scan-done').length > 0, undefined, { timeout: 15_000 })
    .catch(() => {
      throw new Error(`Baylens never finished scanning ${page.url()}`);
    });
  const handle = await page
    .waitForFunction(
      () =>
        new Promise<number | false>((resolve) => {
          const count = () => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
          const first = count();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(first > 0 && count() === first ? first : false)));
        }),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => {
      throw new Error(`The highlights on ${page.url()} never settled`);
    });
  return (await handle.jsonValue()) as number;
}

/** How many times the test build has made a User Timing mark on the page. */
export function marks(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n).length, name);
}
