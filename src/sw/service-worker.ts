/// <reference lib="webworker" />
/**
 * The service worker (built to `/sw.js` by scripts/service-worker.ts, registered by the app once it has started):
 * the pages visited, the start pages, the code lists and every asset of the build stay at hand offline.
 *
 * - Pages come from the network first, so a fact is never stale; the cache answers only when the network fails:
 *   the page as last fetched, a start page or code list stored at install, or else the offline page of its language
 *   listing what is at hand.
 * - Assets (hashed, immutable) come from the precache of this build: all of them, stored at install.
 * - A new build's worker takes over as soon as it is installed (a visit fetches the new pages, which name the new
 *   assets); it first fetches afresh every page the old build had stored, then deletes the old build's pages and
 *   assets, so no page it serves names an asset of another build.
 */
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import {
  buildIdOf,
  isWholePage,
  langOfPath,
  offlinePageHtml,
  offlinePagePath,
  otherPagesCaches,
  pagesCacheName,
  titleOf,
  visitedPath,
} from './offline.ts';
import type { PageAtHand } from './offline.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const manifest = self.__WB_MANIFEST.map((entry) =>
  typeof entry === 'string'
    ? { url: entry, revision: null }
    : { url: entry.url, revision: entry.revision ?? null },
);
const pagesCache = pagesCacheName(buildIdOf(manifest));

/** Only a page as the server sent it whole is stored: no error page, no redirect. */
const onlyWholePages: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (isWholePage(response) ? response : null),
};

/** The pages stored under this build, with their titles, as links for the offline page. */
async function pagesAtHand(): Promise<PageAtHand[]> {
  const cache = await caches.open(pagesCache);
  const pages: PageAtHand[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const title = response && titleOf(await response.text());
    if (title) pages.push({ path: new URL(request.url).pathname, title });
  }
  return pages;
}

/** What answers a page the network could not fetch and no visit stored: a page stored at install, or the offline page. */
async function offlineAnswer(request: Request): Promise<Response | undefined> {
  const { pathname } = new URL(request.url);
  const stored = await matchPrecache(pathname);
  if (stored) return stored;
  const lang = langOfPath(pathname);
  const offline = await matchPrecache(offlinePagePath(lang));
  if (!offline) return undefined;
  const html = offlinePageHtml(await offline.text(), lang, await pagesAtHand(), pathname);
  return new Response(html, { status: 200, headers: offline.headers });
}

const fallBack: WorkboxPlugin = { handlerDidError: ({ request }) => offlineAnswer(request) };

// Pages first (routes match in the order registered): never from the precache while the network answers.
registerRoute(
  new NavigationRoute(new NetworkFirst({ cacheName: pagesCache, plugins: [onlyWholePages, fallBack] })),
);
precache(manifest);
// The precached assets, cache first: their names change with their content.
addRoute();
cleanupOutdatedCaches();

/** Stores this build's version of every page an older build had stored (best effort: a page that fails is left out). */
async function refreshOlderPages(): Promise<void> {
  const cache = await caches.open(pagesCache);
  for (const name of otherPagesCaches(await caches.keys(), buildIdOf(manifest))) {
    const older = await caches.open(name);
    for (const request of await older.keys()) {
      try {
        const response = await fetch(request.url, { cache: 'no-cache' });
        if (isWholePage(response)) await cache.put(request.url, response);
      } catch {
        // Offline or gone: this page is not carried over.
      }
    }
  }
}

/** Stores a page of the site under this build unless it is there already (a page is the same all through a build). */
async function storePage(path: string): Promise<void> {
  const url = new URL(path, self.location.origin).href;
  const cache = await caches.open(pagesCache);
  if (await cache.match(url)) return;
  try {
    const response = await fetch(url);
    if (isWholePage(response)) await cache.put(url, response);
  } catch {
    // Offline: the page is stored when it is next shown online.
  }
}

// A step taken inside the app fetches no HTML: the app names each page it shows (src/app/register-worker.tsx).
self.addEventListener('message', (event) => {
  const path = visitedPath(event.data);
  if (path) event.waitUntil(storePage(path));
});

self.addEventListener('install', (event) => {
  event.waitUntil(refreshOlderPages());
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(otherPagesCaches(names, buildIdOf(manifest)).map((name) => caches.delete(name)));
      // The pages open while the worker was installing were fetched before it could store them.
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(
        open
          .map((client) => new URL(client.url))
          .filter((url) => url.origin === self.location.origin)
          .map((url) => storePage(url.pathname)),
      );
    })(),
  );
});

clientsClaim();
