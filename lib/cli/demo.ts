import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, pointOf, readHighlights, serviceWorkerOf } from './chromium';
import { FIXTURES_DIR, startServer } from './static-server';

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

/** The sample article printed to a PDF and opened in the Baylens reader, with a card open on it. */
async function photographReader(): Promise<string> {
  const printer = await context.newPage();
  await printer.setContent(readFileSync(`${FIXTURES_DIR}/sample-article.html`, 'utf8'));
  const pdf = await printer.pdf({ format: 'A4', printBackground: true });
  await printer.close();
  server.files.set('/sample-article.pdf', {
    body: pdf,
    headers: { 'content-type': 'application/pdf', 'access-control-allow-origin': '*' },
  });
  const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
  const reader = await context.newPage();
  await reader.setViewportSize({ width: 1100, height: 820 });
  await reader.goto(`chrome-extension://${extensionId}/pdf.html?src=${encodeURIComponent(`${server.origin}/sample-article.pdf`)}`);
  await reader.waitForFunction(() => performance.getEntriesByName('baylens:pdf-all-text').length > 0, undefined, { timeout: 20_000 });
  const { x, y } = await pointOf(reader, '106 square kilometres');
  await reader.mouse.move(x - 40, y - 30);
  await reader.mouse.move(x, y, { steps: 4 });
  await reader.locator('baylens-ui .card[data-state="ready"]').waitFor({ timeout: 5_000 });
  const readerPath = `${outDir}pdf-reader.png`;
  await reader.screenshot({ path: readerPath });
  return readerPath;
}

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
  const pdfPath = await photographReader();
  console.log(`No display: ran headless. Screenshots saved to ${path}, ${cardPath} and ${pdfPath}`);
  await close();
  await server.close();
} else {
  console.log('Chromium is open with Baylens loaded. Close the window to finish.');
  context.on('close', () => void server.close());
}
