import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import { highlightLook } from '../../settings/look';
import { simplifiedPairs } from './script-pairs';
import { buildIndex, DATA_DIR } from './index';
import { IndexError } from './problems';

const MODULES = {
  'virtual:baylens/index': (index: ReturnType<typeof buildIndex>['index']) => index,
  // A fingerprint of the matcher's tables: a page takes stored tables only of this build.
  'virtual:baylens/matcher-build': (index: ReturnType<typeof buildIndex>['index']) =>
    createHash('sha256').update(JSON.stringify(index.matcher)).digest('hex').slice(0, 16),
  // Traditional → Simplified by character, for search: a string, not OpenCC in the bundle.
  'virtual:baylens/simplified': () => simplifiedPairs(),
} as const;

/**
 * The kinds' rules in the default look, as the content script's own stylesheet: the browser
 * applies it before the page is drawn, so a page with the default look adopts no sheet.
 */
const DEFAULT_LOOK_CSS = 'virtual:baylens/default-look.css';

function dataFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? dataFiles(path) : [path];
  });
}

/**
 * Compiles data/ during the extension build; the background and extension pages import the
 * index (the content script receives the matcher's tables from the background). A bad entry
 * fails the build with its file.
 */
export function baylensIndex(dataDir: string = DATA_DIR): Plugin {
  let cached: ReturnType<typeof buildIndex>['index'] | null = null;
  return {
    name: 'baylens-index',
    resolveId(id) {
      if (id === DEFAULT_LOOK_CSS) return `\0${id}`;
      return id in MODULES ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${DEFAULT_LOOK_CSS}`) return highlightLook(DEFAULT_SETTINGS).css;
      if (!id.startsWith('\0virtual:baylens/')) return null;
      const name = id.slice(1) as keyof typeof MODULES;
      for (const file of dataFiles(dataDir)) this.addWatchFile(file);
      try {
        cached ??= buildIndex(dataDir).index;
      } catch (error) {
        if (error instanceof IndexError) this.error(error.message);
        throw error;
      }
      return `export default ${JSON.stringify(MODULES[name](cached))};`;
    },
    watchChange() {
      cached = null;
    },
  };
}
