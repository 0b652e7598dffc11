import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SHIPPED_DIR } from '../../lib/cli/chromium';
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

test.describe('the shipped build', () => {
  test('carries no test seam: no marks, no global hooks, no open shadow root', () => {
    const files = scripts(SHIPPED_DIR);
    expect(files.map((f) => f.file)).toContain('content-scripts/content.js');
    const found: string[] = [];
    for (const { file, text } of files) {
      if (/baylens:[a-z-]+/.test(text)) found.push(`${file}: a User Timing mark (${text.match(/baylens:[a-z-]+/)![0]})`);
      if (/performance\.(mark|measure)\(/.test(text)) found.push(`${file}: performance.mark/measure`);
      if (text.includes('baylensTest')) found.push(`${file}: the test hooks`);
      if (/attachShadow\(\{\s*mode:\s*[`'"]open/.test(text)) found.push(`${file}: an open shadow root`);
    }
    expect(found).toEqual([]);
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
