import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { ICON_SIZES, renderIcons } from './lib/icons/render-icons';
import preact from '@preact/preset-vite';
import { baylensIndex } from './lib/kb/build/vite-plugin';
import { extensionApiModule } from './lib/extension/polyfill-import';

/**
 * flexsearch's light build has the Index the popup's search uses, at half the size and
 * without the worker code that builds functions from strings (which Firefox's review flags).
 */
const flexsearchLight = fileURLToPath(new URL('./node_modules/flexsearch/dist/flexsearch.light.module.min.js', import.meta.url));

const icons = (prefix = '') => Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${prefix}${size}.png`]));

/**
 * What pdf.js needs besides its code, shipped inside the extension so the reader never fetches
 * anything but the document: its worker, character maps for Chinese and Japanese fonts, the 14
 * standard fonts, and its image decoders and colour profile.
 */
const pdfjsDir = fileURLToPath(new URL('./node_modules/pdfjs-dist/', import.meta.url));
function pdfjsAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const files = [{ absoluteSrc: join(pdfjsDir, 'build/pdf.worker.min.mjs'), relativeDest: 'pdfjs/pdf.worker.min.mjs' }];
  for (const folder of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
    for (const name of readdirSync(join(pdfjsDir, folder))) {
      files.push({ absoluteSrc: join(pdfjsDir, folder, name), relativeDest: `pdfjs/${folder}/${name}` });
    }
  }
  return files;
}

export default defineConfig({
  hooks: {
    // The toolbar and store icons are drawn once, in lib/icons/icon.svg; every build renders the
    // PNGs from it (on, and greyed for "off on this site"), so no binary is kept in the repository.
    'build:publicAssets': (wxt, files) => {
      const rendered = renderIcons(readFileSync(join(wxt.config.root, 'lib/icons/icon.svg'), 'utf8'));
      for (const [relativeDest, png] of rendered) {
        const absoluteSrc = join(wxt.config.wxtDir, 'icons', relativeDest);
        mkdirSync(dirname(absoluteSrc), { recursive: true });
        writeFileSync(absoluteSrc, png);
        files.push({ absoluteSrc, relativeDest });
      }
      files.push(...pdfjsAssets());
    },
    // Manifest V2 (Firefox) names optional sites among its optional permissions.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.manifestVersion === 2) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), '<all_urls>'];
      // The early script (entrypoints/early.ts) and the content script (entrypoints/content-script.ts)
      // are plain scripts, not WXT's content scripts (see there): the early one runs in every top
      // frame as its document starts, the content script in every frame once it is parsed.
      manifest.content_scripts = [
        { matches: ['<all_urls>'], run_at: 'document_start', js: ['early.js'] },
        {
          matches: ['<all_urls>'],
          run_at: 'document_idle',
          all_frames: true,
          match_about_blank: true,
          js: ['content-script.js'],
          css: ['assets/content-script.css'],
        },
      ];
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), baylensIndex(), extensionApiModule(/\/entrypoints\/(early|content-script|card)\.ts$/)],
    resolve: { alias: [{ find: /^flexsearch$/, replacement: flexsearchLight }] },
  }),
  manifest: {
    // Name, description and shortcut descriptions come from public/_locales, in every language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: icons(),
    action: { default_icon: icons(), default_title: '__MSG_extName__' },
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting', 'activeTab'],
    // The reader fetches a PDF from its site only once the reader allows that site.
    optional_host_permissions: ['<all_urls>'],
    // The hover card's code, which the content script loads at the first hover (entrypoints/card.ts),
    // under a URL that changes every session, so a page cannot probe for it.
    web_accessible_resources: [{ resources: ['card.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      'save-snippet': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveSnippet__',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleHighlights__',
      },
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextHighlight__',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousHighlight__',
      },
      // Chrome suggests at most four shortcuts: the reader picks one for this at chrome://extensions/shortcuts.
      'look-up-selection': {
        description: '__MSG_commandLookUp__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'baylens@baylens.app', data_collection_permissions: { required: ['none'] } },
    },
  },
});
