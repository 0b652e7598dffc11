import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SHIPPED_DIR } from '../../lib/cli/chromium';
import { DEFAULT_SETTINGS } from '../../lib/protocol/settings';
import { highlightLook } from '../../lib/settings/look';
import { test, expect } from './extension';

/** Every script file of a build, with its text. */
function scripts(root: string, dir = root): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...scripts(root, path));
    else if (name.endsWith('.js')) out.push({ file: path.slice(root.length + 1), text: readFileSync(path, 'utf8') });
  }
  return out;
}

/** CSS as the minifier writes it: `solid` is the default line, #aabbcc is #abc. */
const canonical = (css: string) => css.replace(/ solid\b/g, '').replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/g, '#$1$2$3');

test.describe('the shipped build', () => {
  test('carries no test seam: no marks, no global hooks, no open shadow root', () => {
    const files = scripts(SHIPPED_DIR);
    expect(files.map((f) => f.file)).toContain('content-script.js');
    const found: string[] = [];
    for (const { file, text } of files) {
      if (/baylens:[a-z-]+/.test(text)) found.push(`${file}: a User Timing mark (${text.match(/baylens:[a-z-]+/)![0]})`);
      if (/performance\.(mark|measure)\(/.test(text)) found.push(`${file}: performance.mark/measure`);
      if (text.includes('baylensTest')) found.push(`${file}: the test hooks`);
      if (/attachShadow\(\{\s*mode:\s*[`'"]open/.test(text)) found.push(`${file}: an open shadow root`);
    }
    expect(found).toEqual([]);
  });

  test('the content script’s own stylesheet draws the default look, rule for rule', () => {
    // Pages with the default look never adopt a sheet (which would restyle the whole page).
    const css = readFileSync(join(SHIPPED_DIR, 'assets/content-script.css'), 'utf8');
    const rules = highlightLook(DEFAULT_SETTINGS).css.split('\n');
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const [, kind, fill, width, line, colour] = rule.match(
        /^::highlight\((baylens-[a-z]+)\) \{ background-color: (#[0-9a-f]+); text-decoration: underline (\d+px) (\w+) (#[0-9a-f]+); \}$/,
      )!;
      const built = canonical(css.match(new RegExp(`::highlight\\(${kind}\\)\\{([^}]*)\\}`))?.[1] ?? '');
      expect(built, kind).toContain(canonical(`background-color:${fill}`));
      expect(built, kind).toContain(canonical(`text-decoration:underline ${line} ${colour}`));
      expect(built, kind).toContain(`text-decoration-thickness:${width}`);
    }
  });

  test('the content script is a plain script with its stylesheet, in every frame, without WXT’s context or the API wrapper', () => {
    const manifest = JSON.parse(readFileSync(join(SHIPPED_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[]; css?: string[] }[];
    };
    // Every frame, about:blank ones too, once the document is parsed, with the stylesheet the test above reads.
    const script = manifest.content_scripts.find((c) => c.js.includes('content-script.js'));
    expect(script).toMatchObject({ run_at: 'document_idle', all_frames: true, match_about_blank: true });
    expect(script?.css).toEqual(['assets/content-script.css']);
    // No start event on the page's document (WXT's context sends one, named after the extension),
    // and no webextension-polyfill: the browser's own API, touched only past the first check.
    for (const file of ['content-script.js', 'card.js']) {
      const text = readFileSync(join(SHIPPED_DIR, file), 'utf8');
      expect(text, file).not.toMatch(/stopOldScripts|listenForNewerScripts|content-script-started|ContentScriptContext/);
      expect(text, file).not.toMatch(/webextension-polyfill|mozWebExtensionPolyfill|maxArgs/);
      expect(text, file).toContain('globalThis.browser??globalThis.chrome');
    }
  });

  test('the script that runs as every page starts is small and carries no API wrapper or context', () => {
    const manifest = JSON.parse(readFileSync(join(SHIPPED_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[]; run_at?: string; all_frames?: boolean }[];
    };
    const early = manifest.content_scripts.filter((c) => c.run_at === 'document_start');
    expect(early).toEqual([{ matches: ['<all_urls>'], run_at: 'document_start', js: ['early.js'] }]);
    const text = readFileSync(join(SHIPPED_DIR, 'early.js'), 'utf8');
    expect(text.length).toBeLessThan(4_000);
    // Neither webextension-polyfill's wrapper nor WXT's content-script context is in it.
    expect(text).not.toMatch(/webextension-polyfill|maxArgs|stopOldScripts|ContentScriptContext|content-script-started/);
    expect(text).toContain('__baylensEarlyStart');
  });

  test('the hover card’s code is a script of its own, loaded at the first hover: the content script carries none of it', () => {
    const content = readFileSync(join(SHIPPED_DIR, 'content-script.js'), 'utf8');
    const card = readFileSync(join(SHIPPED_DIR, 'card.js'), 'utf8');
    // Preact, which only the card uses: its SVG namespace and its raw-HTML property.
    for (const marker of ['http://www.w3.org/2000/svg', 'dangerouslySetInnerHTML']) {
      expect(card, marker).toContain(marker);
      expect(content, marker).not.toContain(marker);
    }
    // Web-accessible under a URL that changes every session: a page cannot probe for it.
    const manifest = JSON.parse(readFileSync(join(SHIPPED_DIR, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown };
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['card.js'], matches: ['<all_urls>'], use_dynamic_url: true }]);
  });

  test('the test build has them, so the check above can see them', () => {
    const text = scripts(SHIPPED_DIR.replace(/chrome-mv3$/, 'chrome-mv3-test'))
      .map((f) => f.text)
      .join('\n');
    expect(text).toContain('baylens:scan-done');
    expect(text).toContain('baylensTest');
    expect(text).toMatch(/attachShadow\(\{\s*mode:\s*[`'"]open/);
  });
});
