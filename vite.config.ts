/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentTree } from './src/compiler/vite-plugin.ts';

/** The site's public origin for absolute URLs (og:url, canonical, sitemap): `SITE_ORIGIN` at build time. */
const siteOrigin = new URL(process.env.SITE_ORIGIN || 'https://sspr-troubleshooter.example').origin;

export default defineConfig({
  plugins: [react(), contentTree('content')],
  define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
  build: {
    target: 'es2022',
    // The app and the page's words are single chunks with no shared dependencies to preload: no preload helper,
    // one request fewer before the first paint.
    modulePreload: false,
    rolldownOptions: {
      output: {
        manualChunks: (id: string) =>
          id.includes('preload-helper') || id.endsWith('/src/main.tsx') ? 'index' : undefined,
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
