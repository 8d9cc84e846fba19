/**
 * What the service worker decides, as pure functions (tested in Node): which build it belongs to, what its caches
 * are called, which offline page answers a path, and the offline page with links to the pages at hand. The worker
 * itself (service-worker.ts) only wires these to Workbox and the Cache API.
 */
import { isLang } from '../tree/paths.ts';
import { LANGS } from '../tree/lang.ts';
import type { Lang } from '../tree/lang.ts';

/** The URL the app registers the worker at (its scope is the whole site). */
export const SERVICE_WORKER_URL = '/sw.js';

/** The message the app posts to the worker for each page it shows, so that a step taken inside the app is stored too. */
export interface VisitedMessage {
  type: 'visited';
  path: string;
}

/** The path of a page the app says it showed, when the message is one and the path a plain path of the site. */
export function visitedPath(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, path } = data as Partial<VisitedMessage>;
  if (type !== 'visited' || typeof path !== 'string') return undefined;
  return /^\/(?!\/)[^?#\\]*$/.test(path) && !path.split('/').includes('..') ? path : undefined;
}

/** One file the worker precaches: its URL and, for a file whose name does not change with it, its revision. */
export interface ManifestEntry {
  url: string;
  revision: string | null;
}

/** The start of every cache name of this site's worker (Workbox's precache has its own name). */
const PAGES_CACHE_PREFIX = 'sspr-pages-';

/**
 * A build's id: a hash (FNV-1a, 32 bits, hex) of its precache manifest, so every build whose files differ in any
 * byte gets another id, and an unchanged build keeps its own.
 */
export function buildIdOf(manifest: readonly ManifestEntry[]): string {
  const text = manifest
    .map((entry) => `${entry.url} ${entry.revision ?? ''}`)
    .sort()
    .join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The cache of the pages visited under one build (their HTML names that build's assets). */
export function pagesCacheName(buildId: string): string {
  return PAGES_CACHE_PREFIX + buildId;
}

/** The page caches of other builds than this one: emptied into this build's cache, then deleted. */
export function otherPagesCaches(cacheNames: readonly string[], buildId: string): string[] {
  const own = pagesCacheName(buildId);
  return cacheNames.filter((name) => name.startsWith(PAGES_CACHE_PREFIX) && name !== own);
}

/** The language a path of the site is in (`/en/...` -> en), or the site's first language for any other path. */
export function langOfPath(pathname: string): Lang {
  const first = pathname.split('/')[1] ?? '';
  return isLang(first) ? first : LANGS[0];
}

/** The file of the offline page of a language, written by the prerender step. */
export function offlinePagePath(lang: Lang): string {
  return `/${lang}/offline.html`;
}

/** The pages the worker stores at install, whether visited or not: the language choice, each start page, code list and offline page. */
export function shellPaths(): string[] {
  return ['/', ...LANGS.flatMap((lang) => [`/${lang}/`, `/${lang}/codes/`, offlinePagePath(lang)])];
}

/** Whether a response is a page as the server sent it whole (no error page, no redirect): only such are stored. */
export function isWholePage(response: Pick<Response, 'status' | 'type' | 'redirected'>): boolean {
  return response.status === 200 && response.type === 'basic' && !response.redirected;
}

/** The text of a page's `<title>`, as written in its HTML (entities kept), or undefined. */
export function titleOf(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() || undefined;
}

/** A page at hand: its path and its title as HTML text. */
export interface PageAtHand {
  path: string;
  title: string;
}

/** Escapes text for an HTML attribute value. */
function escapeAttribute(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
}

/** The list the prerendered offline page leaves empty for the worker, and the section it is in (hidden while empty). */
export const VISITED_LIST = '<ul id="offline-visited"></ul>';
const VISITED_SECTION = /(<section id="offline-visited-pages") hidden=""/;

/**
 * The offline page for one request: the prerendered page of its language with the pages at hand listed (those of
 * the same language, the one asked for left out), or as it is when there are none. Titles are HTML text already
 * (taken from the pages' own `<title>`); the paths are escaped.
 */
export function offlinePageHtml(
  page: string,
  lang: Lang,
  atHand: readonly PageAtHand[],
  asked: string,
): string {
  const listed = atHand.filter((p) => p.path !== asked && langOfPath(p.path) === lang);
  if (listed.length === 0 || !page.includes(VISITED_LIST)) return page;
  const items = listed.map((p) => `<li><a href="${escapeAttribute(p.path)}">${p.title}</a></li>`).join('');
  return page
    .replace(VISITED_SECTION, '$1')
    .replace(VISITED_LIST, () => `<ul id="offline-visited">${items}</ul>`);
}
