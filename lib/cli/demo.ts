import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, pointOf, readHighlights } from './chromium';
import { startServer } from './static-server';

/**
 * `npm run demo`: opens Chromium with the built extension on the bundled sample article.
 * With a display it stays open for you; without one it runs headless and saves screenshots.
 */
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const outDir = fileURLToPath(new URL('../../.demo/', import.meta.url));

const server = await startServer();
const { context, close } = await launchWithExtension({ headless });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.origin}/fixtures/sample-article.html`);
await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 10_000 });
const highlights = await page.evaluate(readHighlights);
const total = Object.values(highlights).reduce((n, list) => n + list.length, 0);
console.log(`Baylens highlighted ${total} terms on ${page.url()}:`);
for (const [name, texts] of Object.entries(highlights)) console.log(`  ${name}: ${[...new Set(texts)].join(', ')}`);

if (headless) {
  mkdirSync(outDir, { recursive: true });
  const path = `${outDir}sample-article.png`;
  await page.screenshot({ path, fullPage: true });
  // Rest the pointer on the zone's name, as a reader would, and photograph its card.
  await page.waitForFunction(() => performance.getEntriesByName('baylens:scan-done').length > 0);
  const { x, y } = await pointOf(page, 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin');
  await page.mouse.move(x - 40, y - 30);
  await page.mouse.move(x, y, { steps: 4 });
  await page.locator('baylens-ui .card[data-state="ready"]').waitFor({ timeout: 5_000 });
  const cardPath = `${outDir}hover-card.png`;
  await page.screenshot({ path: cardPath });
  console.log(`No display: ran headless. Screenshots saved to ${path} and ${cardPath}`);
  await close();
  await server.close();
} else {
  console.log('Chromium is open with Baylens loaded. Close the window to finish.');
  context.on('close', () => void server.close());
}
