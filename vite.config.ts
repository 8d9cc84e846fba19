/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { tenantCheckSettings, withCspMeta } from './scripts/headers.ts';
import { buildContentDir, contentScale } from './scripts/scale-content.ts';
import { contentTree } from './src/compiler/vite-plugin.ts';
import { tenantScopesOf } from './src/compiler/tenant-checks.ts';

/**
 * The content the build reads: `content/`, or with `CONTENT_SCALE=<n>` today's content plus generated content,
 * n times its size, written to a temp folder (scripts/scale-content.ts). Only a build writes it.
 */
function contentDir(command: string): string {
  const scale = contentScale(process.env.CONTENT_SCALE);
  return command === 'build' ? buildContentDir('content', scale) : 'content';
}

/** The site's public origin for absolute URLs (og:url, canonical, sitemap): `SITE_ORIGIN` at build time. */
const siteOrigin = new URL(process.env.SITE_ORIGIN || 'https://sspr-troubleshooter.example').origin;

/**
 * Marks the page's entry script `fetchpriority="low"` (Vite rebuilds the tag and drops the attribute when it is
 * written in index.html). The prerendered page is complete without it, so it must not be fetched as though the
 * first paint waited for it; Lighthouse, too, counts a high-priority script as render-blocking.
 */
function lowPriorityEntry(): Plugin {
  const tag = '<script type="module" crossorigin src=';
  return {
    name: 'sspr:low-priority-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(tag))
          throw new Error(`index.html: no ${tag}...> entry script to mark low priority`);
        return html.replace(tag, '<script type="module" crossorigin fetchpriority="low" src=');
      },
    },
  };
}

/**
 * Replaces the page's stylesheet link by the stylesheet itself, in a `<style>` element, and drops the file: the
 * first paint then needs the HTML alone, not one more round trip for the CSS (about 0.56 s on Slow 4G). The CSS is
 * small (1.5 kB gzip) and the same on every page, so the policy allows it by one hash (see cspMeta below).
 */
function inlineCss(): Plugin {
  const link = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g;
  return {
    name: 'sspr:inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const found = [...html.matchAll(link)];
        if (found.length === 0) throw new Error('index.html: no stylesheet link to inline');
        for (const [tag, fileName] of found) {
          const asset = bundle[fileName as string];
          if (asset?.type !== 'asset') throw new Error(`index.html links ${fileName}, which was not built`);
          const css =
            typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          if (css.includes('</style'))
            throw new Error(`${fileName} contains "</style": it cannot be inlined`);
          html = html.replace(tag, () => `<style>${css.trim()}</style>`);
          delete bundle[fileName as string];
        }
        return html;
      },
    },
  };
}

/** Writes the Content Security Policy into the built pages' head too (not in development: Vite's client is inline). */
function cspMeta(): Plugin {
  return {
    name: 'sspr:csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: withCspMeta },
  };
}

/**
 * The tenant check's settings for the client (docs/decisions/0018): client id, authority and every check's scope,
 * asked at sign-in so that one consent covers every question; `undefined` without TENANT_CHECK_CLIENT_ID.
 */
function tenantCheckDefine(): string {
  const settings = tenantCheckSettings();
  if (!settings) return 'undefined';
  return JSON.stringify({ ...settings, scopes: tenantScopesOf('content/checks.yaml') });
}

/** The unit tests of code without a DOM: compiler, tree, content, build scripts, translations, lint rules, docs. */
const NODE_TESTS = [
  'tests/compiler/**/*.test.ts',
  'tests/tree/**/*.test.ts',
  'tests/content/**/*.test.ts',
  'tests/scripts/**/*.test.ts',
  'tests/i18n/**/*.test.ts',
  'tests/lint/**/*.test.ts',
  'tests/docs/**/*.test.ts',
  'tests/sw/**/*.test.ts',
  'tests/tenant/**/*.test.ts',
];

/** The content the component and page tests render: a small tree of their own, so content edits never break them. */
const FIXTURE_SITE = 'tests/fixtures/site';

export default defineConfig(({ command, mode }) => ({
  // Vitest runs in mode "test": the DOM tests add the fixture's tree below (an inline project's plugins are appended
  // to the root's, and the first plugin to resolve `virtual:tree` would win).
  plugins: [
    react(),
    ...(mode === 'test' ? [] : [contentTree(contentDir(command))]),
    lowPriorityEntry(),
    inlineCss(),
    cspMeta(),
  ],
  define: {
    __SITE_ORIGIN__: JSON.stringify(siteOrigin),
    // The tenant check (docs/decisions/0018): its settings in a build with TENANT_CHECK_CLIENT_ID, else `undefined`,
    // and the code it guards folds away. Tests leave it undefined at run time and set it where they need it.
    ...(mode === 'test' ? {} : { __TENANT_CHECK__: tenantCheckDefine() }),
  },
  build: {
    target: 'es2022',
    // The app and the page's words are single chunks with no shared dependencies: no modulepreload links.
    modulePreload: false,
    rolldownOptions: {
      // Vite still routes dynamic imports through its preload helper; kept inside the boot loader's chunk, it costs
      // no second request before the first paint (vitejs/vite#18551).
      output: {
        manualChunks: (id: string) =>
          id.includes('preload-helper') || id.endsWith('/src/app/boot-loader.ts') ? 'index' : undefined,
      },
    },
  },
  test: {
    restoreMocks: true,
    // Tests of code that knows no DOM run in Node; setting up jsdom for each of their files cost more than the tests.
    // Every other test file gets jsdom and the component tests' setup. Files of a worker share their modules and
    // jsdom (isolate: false): importing the compiler and setting up jsdom per file took more than half the run. A
    // test of a module that keeps state takes a fresh copy (vi.resetModules, as tests/shared/use-mounted.test.tsx).
    projects: [
      // No `virtual:tree` here: the tests of the real content compile content/ themselves.
      { extends: true, test: { name: 'node', environment: 'node', include: NODE_TESTS, isolate: false } },
      {
        extends: true,
        plugins: [contentTree(FIXTURE_SITE)],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...NODE_TESTS, 'tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/setup.ts'],
          isolate: false,
        },
      },
    ],
  },
}));
