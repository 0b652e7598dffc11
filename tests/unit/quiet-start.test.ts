import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { removeStartAnnouncement } from '../../lib/extension/quiet-start';

const contextFile = createRequire(import.meta.url).resolve('wxt/utils/content-script-context');

describe("the build's change to WXT's content-script context", () => {
  it('takes out the start event and its listener, and nothing else', () => {
    const code = readFileSync(contextFile, 'utf8');
    const quiet = removeStartAnnouncement(code, contextFile);
    expect(quiet).not.toMatch(/this\.(stopOldScripts|listenForNewerScripts)\(\)/);
    expect(code.length - quiet.length).toBeLessThan(80);
    expect(quiet).toContain('this.abortController = new AbortController();');
  });

  it('fails the build, naming the file, when WXT no longer reads as expected', () => {
    expect(() => removeStartAnnouncement('class ContentScriptContext {}', 'context.mjs')).toThrow(
      "context.mjs: WXT's content-script context changed",
    );
  });
});
