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

/** One browser with the built extension, and one local page server, per test file. */
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
  context: async ({ browserWithExtension }, use) => {
    await use(browserWithExtension.context);
  },
  extensionId: async ({ browserWithExtension }, use) => {
    await use(browserWithExtension.extensionId);
  },
});

export { expect } from '@playwright/test';
export { readHighlights } from '../../lib/cli/chromium';
