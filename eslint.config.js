import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import direction (DESIGN.md): tree <- compiler, tree <- UI; the tree knows no React, DOM or fs. */
const noNodeOrReact = [
  {
    group: ['react', 'react-*', 'react/*', 'react-dom/*', 'zustand', 'i18next'],
    message: 'src/tree is pure TypeScript.',
  },
  { group: ['node:*', 'fs', 'path'], message: 'src/tree runs in the browser too: no Node modules.' },
  {
    group: ['**/compiler/**', '**/app/**', '**/features/**'],
    message: 'src/tree imports nothing of the app.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'coverage', 'node_modules'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/tree/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: noNodeOrReact }] },
  },
  {
    files: ['src/app/**', 'src/features/**', 'src/i18n/**', 'src/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/compiler/**'],
              message: 'UI code never imports the compiler: read the tree via virtual:tree.',
            },
            { group: ['node:*'], message: 'UI code runs in the browser.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/compiler/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '**/app/**', '**/features/**'],
              message: 'The compiler knows no React.',
            },
          ],
        },
      ],
    },
  },
);
