/**
 * The architecture, enforced (`npm run lint`, part of `npm test`): data flows one way, content ->
 * compiler -> data files -> data fetch -> model -> routes and components, and no folder imports one
 * downstream of it. src/model is pure (no Node, no React, no DOM), the app never imports Node-only
 * code, the app reads the data schemas as types only (zod stays out of the bundle), and no module
 * imports itself through a cycle. src/architecture.test.ts checks that these rules catch what they
 * should.
 */
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Node-only folders: build-time code the browser never loads. */
const NODE_ONLY = ['compiler', 'importer', 'eval', 'bench', 'test-support'];
/** The app's folders, upstream first. */
const APP = ['model', 'data', 'components', 'routes'];

const from = (folders) => folders.map((folder) => `./src/${folder}`);

export default tseslint.config(
  // Paths are relative to the repository (eslint runs from it with --config src/eslint.config.js).
  { ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/eslint.config.js'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { 'import-x': importX, '@typescript-eslint': tseslint.plugin },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // Dependencies are TypeScript too: no-cycle must parse them to follow their imports.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: '.',
          zones: [
            // The app never imports Node-only code.
            { target: [...from(APP), './src/main.tsx'], from: from(NODE_ONLY), message: 'the app must not import Node-only code' },
            // Each layer imports only layers upstream of it.
            { target: from(['model']), from: from(['data', 'components', 'routes']), message: 'src/model is pure: it imports no app layer' },
            { target: from(['data']), from: from(['components', 'routes']), message: 'src/data only fetches: it imports no view' },
            { target: from(['components']), from: from(['routes']), message: 'components are used by routes, never the reverse' },
          ],
        },
      ],
    },
  },
  {
    // The app: no Node built-ins, and the data schemas (zod) as types only.
    files: ['src/model/**/*.ts', 'src/data/**/*.ts', 'src/components/**/*.{ts,tsx}', 'src/routes/**/*.{ts,tsx}', 'src/main.tsx'],
    ignores: ['src/model/format/*-format.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'zod stays out of the browser bundle: import the types of src/model/format/*-format.ts instead', allowTypeImports: true }],
          patterns: [{ group: ['**/*-format.ts'], message: 'import the data schemas as types only (import type), so zod stays out of the bundle', allowTypeImports: true }],
        },
      ],
    },
  },
  {
    // The model is pure: no React, no fetching and no DOM globals; its schema modules may use zod.
    files: ['src/model/**/*.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'import the types of src/model/format/*-format.ts instead', allowTypeImports: true }],
          patterns: [
            { group: ['react', 'react-*', '@tanstack/*'], message: 'src/model is pure: no React, no fetching' },
            { group: ['**/*-format.ts'], message: 'import the data schemas as types only (import type)', allowTypeImports: true },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'],
    },
  },
  {
    files: ['src/model/format/*-format.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-*', '@tanstack/*'], message: 'src/model is pure: no React, no fetching' }] }],
    },
  },
);
