import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shipped build (`npm run build`). */
export const SHIPPED_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
/**
 * The test build (`npm run build:test`): the shipped code plus the seams tests need (marks on
 * the page's timeline, an open card root, hooks for commands and menus). The tests, benchmarks
 * and demo load it; BAYLENS_EXTENSION_DIR points them at another build, to compare.
 */
export const EXTENSION_DIR = process.env.BAYLENS_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3-test', import.meta.url));
/** Debian's Chromium; Playwright never downloads a browser of its own here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  headless?: boolean;
  /** Leave the extension out: the same browser, for "without Baylens" comparisons. */
  withoutExtension?: boolean;
  /**
   * The browser's interface language, as a POSIX locale (`zh_TW`, `zh_CN`). On Linux Chromium
   * takes it from the LANGUAGE environment variable (`--lang` has no effect), and only with
   * Debian's chromium-l10n installed.
   */
  language?: string;
  /** A profile folder that outlives the browser, so a test can quit it and start it again; kept on close. */
  profile?: string;
}

/** Starts Chromium with the built extension loaded, in a fresh throwaway profile unless given one. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'baylens-profile-'));
  const extension = options.withoutExtension
    ? ['--disable-extensions']
    : [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    // Playwright reports its own locale to pages (navigator.language, i18n.getUILanguage) unless
    // told the browser's: the same language, so pages and the browser agree as they do for a reader.
    ...(options.language ? { env: { ...process.env, LANGUAGE: options.language }, locale: options.language.replace('_', '-') } : {}),
    args: [
      ...extension,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--disable-quic',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Highlighted text (white space collapsed) per registered highlight name; runs inside the page. */
export const readHighlights = () => {
  const out: Record<string, string[]> = {};
  CSS.highlights.forEach((highlight, name) => {
    out[name] = [...highlight].map((range) => (range as Range).toString().replace(/\s+/g, ' '));
  });
  return out;
};

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
