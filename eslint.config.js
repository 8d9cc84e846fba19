import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/ in layer order (docs/design.md, "Data flow"): a folder imports only the folders listed before
 * it, never one after it, so no two folders import each other. `tree` and `i18n` import nothing of src; the
 * compiler and the service worker (`sw`) import only the tree; pages (`features/<page>`) import the shared runtime but never another page;
 * `app` composes the pages and never imports the compiler.
 */
const LAYERS = {
  tree: [],
  i18n: [],
  compiler: ['tree'],
  sw: ['tree'],
  shared: ['tree', 'i18n'],
  tenant: ['tree', 'i18n', 'shared'],
  features: ['tree', 'i18n', 'shared', 'tenant'],
  app: ['tree', 'i18n', 'sw', 'shared', 'tenant', 'features'],
};

/** The no-restricted-imports patterns that keep folder `name` of src/ in its layer. */
function layerPatterns(name) {
  const allowed = LAYERS[name];
  const forbidden = Object.keys(LAYERS).filter((folder) => folder !== name && !allowed.includes(folder));
  const patterns = forbidden.map((folder) => ({
    group: [`**/${folder}/**`],
    message: `src/${name} may import ${allowed.map((a) => `src/${a}`).join(', ') || 'nothing of src/'} only (layers: ${Object.keys(LAYERS).join(' <- ')}).`,
  }));
  if (name === 'features')
    patterns.push(
      {
        group: ['**/features/**'],
        message: 'A page imports no other page: move what two pages share to src/shared.',
      },
      {
        regex: '^\\.\\./(?!\\.\\./)',
        message: 'A page imports no other page: move what two pages share to src/shared.',
      },
    );
  return patterns;
}

const BROWSER = [
  { group: ['node:*', 'fs', 'path'], message: 'This code runs in the browser: no Node modules.' },
];
const NO_REACT = [
  {
    group: ['react', 'react-*', 'react/*', 'react-dom/*', 'zustand', 'i18next'],
    message: 'This folder knows no React: it is pure TypeScript.',
  },
];

/** One folder's import rule: its layer, plus what its runtime forbids. */
function folderRule(name, extra = []) {
  return {
    files: [`src/${name}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...layerPatterns(name), ...extra] }] },
  };
}

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
  folderRule('tree', [...NO_REACT, ...BROWSER]),
  folderRule('i18n', BROWSER),
  folderRule('sw', [...NO_REACT, ...BROWSER]),
  folderRule('compiler', [{ group: ['react', 'react-*'], message: 'The compiler knows no React.' }]),
  folderRule('shared', BROWSER),
  folderRule('tenant', BROWSER),
  folderRule('features', BROWSER),
  folderRule('app', BROWSER),
);
