import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  // One more try for a test that fails once: two tests that switch settings back and forth quickly
  // (popup.spec: the site switch; settings.spec: export and import) have failed once in a full run
  // on a busy machine and pass alone. A test that fails twice still fails the run, and the
  // report lists every test that needed its second try as flaky.
  retries: 1,
  reporter: [['list']],
  use: { trace: 'off' },
});
