import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { baylensIndex } from './lib/kb/vite-plugin';

/**
 * flexsearch's light build has the Index the popup's search uses, at half the size and
 * without the worker code that builds functions from strings (which Firefox's review flags).
 */
const flexsearchLight = fileURLToPath(new URL('./node_modules/flexsearch/dist/flexsearch.light.module.min.js', import.meta.url));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), baylensIndex()],
    resolve: { alias: [{ find: /^flexsearch$/, replacement: flexsearchLight }] },
  }),
  manifest: {
    name: 'Baylens',
    description:
      'Reading companion for the Guangdong-Hong Kong-Macao Greater Bay Area: highlights, hover cards and sources, all offline.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting', 'activeTab'],
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
      // Chrome suggests at most four shortcuts: the reader picks one for this at chrome://extensions/shortcuts.
      'look-up-selection': {
        description: 'Look up the selected text in Baylens',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'baylens@baylens.app', data_collection_permissions: { required: ['none'] } },
    },
  },
});
