import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { baylensIndex } from './lib/kb/build/vite-plugin';

/**
 * flexsearch's light build has the Index the popup's search uses, at half the size and
 * without the worker code that builds functions from strings (which Firefox's review flags).
 */
const flexsearchLight = fileURLToPath(new URL('./node_modules/flexsearch/dist/flexsearch.light.module.min.js', import.meta.url));

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
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsAssets());
    },
    // Manifest V2 (Firefox) names optional sites among its optional permissions.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.manifestVersion === 2) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), '<all_urls>'];
    },
  },
  vite: () => ({
    plugins: [preact(), baylensIndex()],
    resolve: { alias: [{ find: /^flexsearch$/, replacement: flexsearchLight }] },
  }),
  manifest: {
    name: 'Baylens',
    description:
      'Reading companion for the Guangdong-Hong Kong-Macao Greater Bay Area: highlights, hover cards and sources, all offline.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting', 'activeTab'],
    // The reader fetches a PDF from its site only once the reader allows that site.
    optional_host_permissions: ['<all_urls>'],
    commands: {
      'save-snippet': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text as a snippet',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlighting on or off for this site',
      },
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next highlighted term and open its card',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous highlighted term and open its card',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'baylens@baylens.app', data_collection_permissions: { required: ['none'] } },
    },
  },
});
