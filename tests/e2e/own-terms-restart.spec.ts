import type { BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serviceWorkerOf } from '../../lib/cli/chromium';
import { startServer } from '../../lib/cli/static-server';
import { expect, test } from './extension';
import { settled } from './page-helpers';
import { addInPanel, expectHighlights, openTermsView } from '../fixtures/own-terms-e2e';

/** A browser on a profile that outlives it, so the test can quit and start it again. */
const launch = async (profile: string): Promise<BrowserContext> => (await launchWithExtension({ profile })).context;

test('own terms and the reading history are still there after the browser restarts', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'baylens-own-restart-'));
  const server = await startServer();
  server.pages.set(
    '/restart.html',
    '<!doctype html><meta charset="utf-8"><title>Restart</title><p>The Qianhai Fund met in Hengqin; 前海基金 grew.</p>',
  );
  try {
    const first = await launch(profile);
    const extensionId = new URL((await serviceWorkerOf(first)).url()).host;
    const panel = await openTermsView(first, extensionId);
    await addInPanel(panel, { name: 'Qianhai Fund', aliases: ['前海基金'], kind: 'Organisation', note: 'Seed money' });
    await expect(panel.locator('.own-terms .count')).toHaveText('1 term');
    const page = await first.newPage();
    await page.goto(`${server.origin}/restart.html`);
    await settled(page);
    await expect(panel.locator('.history-controls')).toContainText('1 page visit kept');
    await first.close();

    const second = await launch(profile);
    try {
      await serviceWorkerOf(second);
      const again = await second.newPage();
      await again.goto(`${server.origin}/restart.html`);
      await settled(again);
      await expectHighlights(again, 'own', ['Qianhai Fund', '前海基金']);
      const view = await openTermsView(second, extensionId);
      await expect(view.getByRole('article', { name: 'Qianhai Fund' })).toContainText('Seed money');
      await expect(view.locator('.history-controls')).toContainText('1 page visit kept');
    } finally {
      await second.close();
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
