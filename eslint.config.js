import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Globals that belong to a browser: only the folders named for the browser may use them. */
const browserGlobals = ['browser', 'chrome', 'document', 'window', 'navigator', 'localStorage', 'location', 'getSelection', 'CSS'].map(
  (name) => ({
    name,
    message: 'lib/ is shared with Node: browser APIs belong in lib/page, lib/store or lib/extension.',
  }),
);

/** The one-way flow: data → lib → entrypoints → components; lib never reaches up. */
const upward = {
  patterns: [
    {
      group: ['@/entrypoints/*', '**/entrypoints/*'],
      message: 'Nothing imports from an entrypoint: move the shared piece into lib/ or components/.',
    },
    { group: ['@/components/*', '**/components/*'], message: 'lib/ does not import components: data flows one way.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.cold/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty-pattern': 'off',
    },
  },
  {
    // The one CommonJS file: the polyfill's wrapper (lib/extension/polyfill-import.ts).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/page/**', 'lib/store/**', 'lib/extension/**', 'lib/cli/**'],
    rules: { 'no-restricted-globals': ['error', ...browserGlobals], 'no-restricted-imports': ['error', upward] },
  },
  {
    files: ['lib/page/**', 'lib/store/**', 'lib/extension/**', 'lib/cli/**'],
    rules: { 'no-restricted-imports': ['error', upward] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/entrypoints/*', '**/entrypoints/*'],
              message: 'components/ do not import entrypoints: pass what they need as props.',
            },
          ],
        },
      ],
    },
  },
);
