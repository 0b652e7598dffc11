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
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: { id: 'baylens@baylens.app', data_collection_permissions: { required: ['none'] } },
    },
  },
});
