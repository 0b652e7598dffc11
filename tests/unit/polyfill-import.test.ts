import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { NATIVE_BROWSER, rewritePolyfillExport } from '../../lib/extension/polyfill-import';

const require = createRequire(import.meta.url);
const moduleFile = require.resolve('@wxt-dev/webextension-polyfill/browser');

describe("the build's change to WXT's polyfill module", () => {
  it('takes the polyfill from a wrapper that exports it as its one property', () => {
    const code = rewritePolyfillExport(readFileSync(moduleFile, 'utf8'), moduleFile);
    expect(code).toMatch(/^import wrapper from ".*browser-polyfill\.cjs";\nexport const browser = wrapper\.browser;\n$/);
  });

  it('gives the scripts that run in pages the browser’s own API, without the polyfill', () => {
    const code = rewritePolyfillExport(readFileSync(moduleFile, 'utf8'), moduleFile, true);
    expect(code).toBe(NATIVE_BROWSER);
    const native = { runtime: { id: 'baylens' } };
    const chrome = { runtime: { id: 'baylens' } };
    const read = (scope: object) => new Function('globalThis', code.replace('export const browser =', 'return'))(scope) as unknown;
    expect(read({ browser: native, chrome })).toBe(native);
    expect(read({ chrome })).toBe(chrome);
  });

  it('the wrapper hands on the polyfill itself', () => {
    const wrapper = require('../../lib/extension/browser-polyfill.cjs') as { browser?: unknown };
    expect(Object.keys(wrapper)).toEqual(['browser']);
    expect(wrapper.browser).toBe(require('webextension-polyfill'));
  });

  it('fails the build, naming the file, when the module no longer reads as expected', () => {
    for (const native of [false, true]) {
      expect(() => rewritePolyfillExport("export { default } from 'webextension-polyfill';", 'browser.mjs', native)).toThrow(
        "browser.mjs: WXT's polyfill module changed",
      );
    }
  });
});
