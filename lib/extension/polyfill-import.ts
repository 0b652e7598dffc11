import { fileURLToPath } from 'node:url';
import { rewriteModule } from './rewrite-module';

/** What `wxt/browser` resolves to with WXT's polyfill module: the polyfill's default export as `browser`. */
const POLYFILL_EXPORT = /^\s*export\s*\{\s*default as browser\s*\}\s*from\s*['"]webextension-polyfill['"];?\s*$/;

const WRAPPER = fileURLToPath(new URL('./browser-polyfill.cjs', import.meta.url));

/**
 * `wxt/browser` with webextension-polyfill, without the bundler's copy of the extension API.
 *
 * WXT's polyfill module re-exports the polyfill (a CommonJS module) from an ES module, and the
 * bundler's interop then copies, as every script starts, each property of what the polyfill
 * exports. In Chromium and Firefox that is the browser's own `browser` object, and reading its
 * properties builds every extension API the context has: in each frame the content script runs
 * in, before it has even checked whether the frame is worth reading. The polyfill is taken from
 * a wrapper that exports it as one property, so nothing is copied. A changed module of WXT's
 * fails the build.
 */
export function rewritePolyfillExport(code: string, file: string): string {
  if (!POLYFILL_EXPORT.test(code)) throw new Error(`${file}: WXT's polyfill module changed; check how it exports the polyfill.`);
  return `import wrapper from ${JSON.stringify(WRAPPER)};\nexport const browser = wrapper.browser;\n`;
}

/** The Vite plugin that applies rewritePolyfillExport to WXT's polyfill module. */
export const polyfillWithoutCopy = () =>
  rewriteModule('baylens-polyfill-without-copy', /@wxt-dev\/webextension-polyfill\/dist\/browser\.mjs$/, rewritePolyfillExport);
