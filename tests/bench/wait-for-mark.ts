import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * Waits until an expression is true in a page's own world, polling it over the DevTools
 * protocol. Playwright's `waitForFunction` first injects its own script (about 330 kB) into the
 * page, and evaluating it (20–35 ms of the page's main thread) lands in the middle of the
 * start-up a benchmark measures. A wait that runs out fails the run, naming what it waited for.
 */
export async function waitInPage(
  context: BrowserContext,
  page: Page,
  expression: string,
  what: string,
  timeoutMs: number,
  cdp?: CDPSession,
): Promise<void> {
  const session = cdp ?? (await context.newCDPSession(page));
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const reply = (await session.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value?: unknown } };
      if (reply.result.value === true) return;
      if (Date.now() > deadline) throw new Error(`${what} did not happen on ${page.url()} within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  } finally {
    if (!cdp) await session.detach();
  }
}

/** Waits for a User Timing mark (`baylens:scan-done`, …) on the page. */
export function waitForMark(context: BrowserContext, page: Page, name: string, timeoutMs: number, cdp?: CDPSession): Promise<void> {
  return waitInPage(context, page, `performance.getEntriesByName(${JSON.stringify(name)}).length > 0`, name, timeoutMs, cdp);
}
