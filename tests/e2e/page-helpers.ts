import type { Page } from '@playwright/test';
import { readHighlights } from '../../lib/cli/chromium';

/** All highlighted text on the page, every kind together. */
export async function highlightedText(page: Page): Promise<string[]> {
  return Object.values(await page.evaluate(readHighlights)).flat();
}

/** The centre of the first highlighted range whose text is `text`, in viewport coordinates. */
export async function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight) {
        const range = r as Range;
        if (range.toString().replace(/\s+/g, ' ') !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0]!;
        return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no highlight reads "${text}"`);
  return point;
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
