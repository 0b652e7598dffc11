import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { baylensIndex } from './lib/kb/vite-plugin';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), baylensIndex()] }),
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
    },
    browser_specific_settings: {
      gecko: { id: 'baylens@baylens.app', data_collection_permissions: { required: ['none'] } },
    },
  },
});
