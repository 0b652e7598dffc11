import type { BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serviceWorkerOf } from '../../lib/cli/chromium';
import { expect, test } from './extension';
import { openPanel } from '../fixtures/snippets-e2e';

/** A browser on a profile that outlives it, so the test can quit and start it again. */
const launch = async (profile: string): Promise<BrowserContext> => (await launchWithExtension({ profile })).context;

test('after a browser restart, a library written by schema version 1 is migrated with every snippet intact', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'baylens-restart-'));
  try {
    const first = await launch(profile);
    const worker = await serviceWorkerOf(first);
    const extensionId = new URL(worker.url()).host;
    await worker.evaluate(async () => {
      await chrome.storage.local.remove(['snippets', 'snippets$']);
      // Exactly what the first release stored: one key, snippets by id, no version mark.
      await chrome.storage.local.set({
        snippets: {
          old1: {
            id: 'old1',
            text: '横琴粤澳深度合作区面积约106平方公里',
            url: 'https://www.gov.cn/hengqin.html',
            title: '横琴方案',
            savedAt: Date.UTC(2025, 2, 14),
            entities: ['hengqin-cooperation-zone'],
            note: 'From the master plan',
            tags: 'policy, Hengqin',
          },
          old2: {
            id: 'old2',
            text: 'The Loop has only 3.89 square kilometres.',
            url: 'https://www.scmp.com/loop',
            title: 'Inside the Loop',
            savedAt: Date.UTC(2025, 3, 1),
            entities: ['hetao-cooperation-zone'],
            note: '',
            tags: '',
          },
        },
      });
    });
    await first.close();

    const second = await launch(profile);
    try {
      await serviceWorkerOf(second);
      const panel = await openPanel(second, extensionId);
      await expect(panel.getByRole('main').locator('.count-line .count')).toHaveText('2 snippets');
      await expect(panel.getByRole('article').first().locator('.words')).toHaveText('The Loop has only 3.89 square kilometres.');
      const older = panel.getByRole('article').nth(1);
      await expect(older.locator('.words')).toHaveText('横琴粤澳深度合作区面积约106平方公里');
      await expect(older.locator('.snippet-note')).toHaveText('From the master plan');
      await expect(older.getByRole('list', { name: 'Tags' }).getByRole('button')).toHaveText(['#policy', '#Hengqin']);
      await expect(older.getByRole('list', { name: 'Entries mentioned' })).toContainText(
        'Guangdong-Macao In-Depth Cooperation Zone in Hengqin',
      );
    } finally {
      await second.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
