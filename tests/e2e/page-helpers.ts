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

/** Waits until the number of highlights stops changing. */
export async function settled(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
    if (now === last && now > 0) return now;
    last = now;
    await page.waitForTimeout(150);
  }
  return last;
}
