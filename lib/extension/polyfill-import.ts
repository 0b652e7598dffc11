import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** What `wxt/browser` resolves to with WXT's polyfill module: the polyfill's default export as `browser`. */
const POLYFILL_EXPORT = /^\s*export\s*\{\s*default as browser\s*\}\s*from\s*['"]webextension-polyfill['"];?\s*$/;

/** The module WXT's polyfill module is, as the bundler reads it. */
const POLYFILL_MODULE = /@wxt-dev\/webextension-polyfill\/dist\/browser\.mjs$/;

const WRAPPER = fileURLToPath(new URL('./browser-polyfill.cjs', import.meta.url));

/**
 * The browser's own extension API, for the scripts that run in web pages (the early script, the
 * content script and the hover card): `browser` in Firefox and in Chromium since it has one, else `chrome`, which
 * answers with promises in Manifest V3. Those scripts answer messages with `sendResponse`
 * (answerRequests), which every browser honours, so they need nothing of the polyfill.
 */
export const NATIVE_BROWSER = 'export const browser = globalThis.browser ?? globalThis.chrome;\n';

/**
 * `wxt/browser` without the bundler's copy of the extension API: webextension-polyfill, or in
 * the scripts that run in web pages the browser's own API.
 *
 * WXT's polyfill module re-exports the polyfill (a CommonJS module) from an ES module, and the
 * bundler's interop then copies, as every script starts, each property of what the polyfill
 * exports. In Chromium and Firefox that is the browser's own `browser` object, and reading its
 * properties builds every extension API the context has. The polyfill is taken from a wrapper
 * that exports it as one property, so nothing is copied. The scripts that run in every frame of
 * every page do without it: 10 kB each frame would compile to hand back the browser's own object.
 * A changed module of WXT's fails the build.
 */
export function rewritePolyfillExport(code: string, file: string, native = false): string {
  if (!POLYFILL_EXPORT.test(code)) throw new Error(`${file}: WXT's polyfill module changed; check how it exports the polyfill.`);
  return native ? NATIVE_BROWSER : `import wrapper from ${JSON.stringify(WRAPPER)};\nexport const browser = wrapper.browser;\n`;
}

/** The entry a Vite build of WXT's is for: one script's (lib mode), or none for the pages' build. */
function libEntry(build: { lib?: false | { entry?: unknown } }): string {
  const entry = build.lib ? build.lib.entry : undefined;
  return typeof entry === 'string' ? entry : '';
}

/**
 * The Vite plugin that applies rewritePolyfillExport to WXT's polyfill module, with the
 * browser's own API in the builds of the scripts whose entry file matches `inPages`.
 */
export function extensionApiModule(inPages: RegExp): Plugin {
  let native = false;
  return {
    name: 'baylens-extension-api-module',
    configResolved(config) {
      native = inPages.test(libEntry(config.build));
    },
    transform(code, id) {
      if (!POLYFILL_MODULE.test(id.split('?')[0]!)) return null;
      return { code: rewritePolyfillExport(code, id, native), map: null };
    },
  };
}
