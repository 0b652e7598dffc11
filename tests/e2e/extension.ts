import { test as base, type BrowserContext } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from '../../lib/cli/chromium';
import { startServer, type TestServer } from '../../lib/cli/static-server';

interface WorkerFixtures {
  /** The browser's interface language (`zh_TW`, `zh_CN`); the machine's when unset. */
  browserLanguage: string | undefined;
  browserWithExtension: { context: BrowserContext; extensionId: string };
  server: TestServer;
}

interface TestFixtures {
  extensionId: string;
}

/** One browser with the built extension, and one local page server, per test worker. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  browserLanguage: [undefined, { scope: 'worker', option: true }],
  browserWithExtension: [
    async ({ browserLanguage }, use) => {
      const { context, close } = await launchWithExtension(browserLanguage ? { language: browserLanguage } : {});
      const worker = await serviceWorkerOf(context);
      await use({ context, extensionId: new URL(worker.url()).host });
      await close();
    },
    { scope: 'worker' },
  ],
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // The browser lives as long as the test worker, across test files: every test starts from the
  // default settings, whatever the test before it switched.
  context: async ({ browserWithExtension }, use) => {
    const worker = await serviceWorkerOf(browserWithExtension.context);
    await worker.evaluate(() => chrome.storage.local.remove('settings'));
    await use(browserWithExtension.context);
    // Tabs a test opened (its page, popups, options) close with it: left open, each keeps its
    // content script, scripts and timers running and answers every settings change, which slows
    // and disturbs the tests after it. The first tab stays, so the browser keeps a window.
    const [first, ...rest] = browserWithExtension.context.pages();
    await Promise.all(rest.map((tab) => tab.close()));
    if (first && first.url() !== 'about:blank') await first.goto('about:blank');
  },
  extensionId: async ({ browserWithExtension }, use) => {
    await use(browserWithExtension.extensionId);
  },
});

export { expect } from '@playwright/test';
export { readHighlights } from '../../lib/cli/chromium';
