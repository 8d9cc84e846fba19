/**
 * Builds the service worker into a built site: bundles src/sw/service-worker.ts (Workbox's modules included) into
 * one classic script and lets workbox-build write it to `dist/sw.js` with the precache manifest: the pages stored at
 * install (src/sw/offline.ts, shellPaths) and every hashed asset, each with a revision (hashed assets are their own).
 * Runs after scripts/prerender.ts, which writes those pages. Usage: `tsx scripts/service-worker.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import type { ManifestEntry } from 'workbox-build';
import { SERVICE_WORKER_URL, shellPaths } from '../src/sw/offline.ts';
import { ASSETS_PREFIX } from './headers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The file of dist/ a path of the site is served from: `/x/` -> `x/index.html`, `/x.html` -> `x.html`. */
export function fileOfPath(pathname: string): string {
  const file = pathname.replace(/^\//, '');
  return file === '' || file.endsWith('/') ? `${file}index.html` : file;
}

/** The path of the site a file of dist/ is served at: `x/index.html` -> `/x/`, the inverse of fileOfPath. */
export function pathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The files of dist/ the worker precaches, as workbox-build's glob patterns. */
export function precachePatterns(): string[] {
  return [...shellPaths().map(fileOfPath), `${ASSETS_PREFIX.slice(1)}**/*`, 'favicon.ico'];
}

/** The precache manifest a built worker carries (what injectManifest wrote in place of `self.__WB_MANIFEST`). */
export function manifestOfWorker(worker: string): { url: string; revision: string | null }[] {
  const json = /(\[\{"revision".*?\}\])/.exec(worker)?.[1];
  if (!json) throw new Error('service worker: no precache manifest in it');
  return JSON.parse(json) as { url: string; revision: string | null }[];
}

/** What was written. */
export interface ServiceWorkerResult {
  file: string;
  /** Files precached, and their total size in bytes (uncompressed). */
  count: number;
  size: number;
}

/** Bundles the worker and writes it with its manifest into `dist`. */
export async function buildServiceWorker({
  dist = path.join(ROOT, 'dist'),
} = {}): Promise<ServiceWorkerResult> {
  const bundleDir = await mkdtemp(path.join(tmpdir(), 'sspr-sw-'));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      publicDir: false,
      // Workbox's modules log in development builds only.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: bundleDir,
        emptyOutDir: true,
        target: 'es2022',
        lib: {
          entry: path.join(ROOT, 'src/sw/service-worker.ts'),
          formats: ['iife'],
          name: 'serviceWorker',
          fileName: () => 'sw.js',
        },
      },
    });
    const file = path.join(dist, SERVICE_WORKER_URL.slice(1));
    const urls: string[] = [];
    const { count, size, warnings } = await injectManifest({
      swSrc: path.join(bundleDir, 'sw.js'),
      swDest: file,
      globDirectory: dist,
      globPatterns: precachePatterns(),
      // Hashed names change with their content: no revision needed.
      // (Matched against the file's path in dist/, before the manifest's URLs get their leading slash below.)
      dontCacheBustURLsMatching: new RegExp(`^${ASSETS_PREFIX.slice(1)}`),
      manifestTransforms: [
        (entries: (ManifestEntry & { size: number })[]) => {
          const manifest = entries.map((entry) => ({ ...entry, url: pathOfFile(entry.url) }));
          urls.push(...manifest.map((entry) => entry.url));
          return { manifest, warnings: [] };
        },
      ],
    });
    const missing = shellPaths().filter((page) => !urls.includes(page));
    if (missing.length > 0)
      throw new Error(`service worker: ${missing.join(', ')} not built: run scripts/prerender.ts first`);
    if (!urls.some((url) => url.startsWith(ASSETS_PREFIX)))
      throw new Error(`service worker: no file under ${ASSETS_PREFIX} to precache: run \`vite build\` first`);
    if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`);
    return { file, count, size };
  } finally {
    await rm(bundleDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { file, count, size } = await buildServiceWorker();
    console.log(
      `Wrote ${path.relative(ROOT, file)}: precaches ${count} files (${(size / 1000).toFixed(1)} kB)`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
