/**
 * Prerenders every page of the built site: `/`, the start and about pages and every reachable wizard state in both
 * languages, `404.html` and the offline page of each language; then writes `sitemap.xml`, `robots.txt` and the host configuration. Runs after
 * `vite build` (the client, whose `dist/index.html` is the template) and `vite build --ssr src/app/entry-server.tsx
 * --outDir dist-ssr` (the renderer). Usage: `tsx scripts/prerender.ts`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as ServerModule from '../src/app/entry-server.tsx';
import { enumerateStates } from '../src/tree/enumerate.ts';
import {
  aboutPath,
  codePath,
  codesPath,
  placePath,
  NOT_FOUND_FILE,
  notFoundFile,
  parsePath,
  startPath,
  statePath,
} from '../src/tree/paths.ts';
import { offlinePagePath } from '../src/sw/offline.ts';
import { LANGS } from '../src/tree/lang.ts';
import type { Lang } from '../src/tree/lang.ts';
import { inlineStyleHashes, writeHostConfig } from './headers.ts';

type ServerEntry = typeof ServerModule;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What a prerender run did. */
export interface PrerenderResult {
  /** The paths of the pages written (404.html not included). */
  paths: string[];
  /** Files written, pages and the rest. */
  files: number;
  ms: number;
}

/** Escapes text for an HTML attribute value or XML text. */
function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/** Every page path of the site, in a stable order: the root, then per language start, about and every state. */
export function pagePaths(tree: ServerEntry['tree']): string[] {
  const states = enumerateStates(tree);
  const paths = ['/', ...LANGS.map(startPath), ...LANGS.map(aboutPath)];
  for (const lang of LANGS) for (const state of states) paths.push(statePath(tree, lang, state));
  // The error-code list and one page per code, in each language.
  for (const lang of LANGS) paths.push(codesPath(lang), ...tree.codes.map((c) => codePath(lang, c.id)));
  const unique = [...new Set(paths)];
  if (unique.length !== paths.length) throw new Error('prerender: two states share one path');
  return unique;
}

/** Fills the client build's `index.html` with a rendered page (replacer functions: the markup may contain `$&`). */
export function fillTemplate(
  template: string,
  page: { head: string; html: string },
  lang: Lang,
  dataPath: string,
): string {
  return template
    .replace(/<html lang="[^"]*">/, () => `<html lang="${lang}">`)
    .replace('<!--app-head-->', () => page.head)
    .replace(
      '<div id="root"><!--app-html--></div>',
      () => `<div id="root" data-path="${escapeXml(dataPath)}">${page.html}</div>`,
    );
}

/**
 * A page without its script elements: the offline page is plain HTML, which the app (given the URL asked for,
 * not the page's own) would otherwise replace.
 */
export function withoutScripts(html: string): string {
  const out = html.replace(/[ \t]*<script\b[^>]*>[\s\S]*?<\/script>\n?/g, '');
  if (/<script\b/i.test(out)) throw new Error('prerender: a <script> element could not be removed');
  return out;
}

/** The file a page path is written to: `/x/` -> `x/index.html`. */
function fileOf(dist: string, pagePath: string): string {
  return path.join(dist, ...pagePath.split('/').filter(Boolean), 'index.html');
}

/** Whether a file is the client build's template (the page for `/` overwrites `dist/index.html`). */
function isTemplate(html: string): boolean {
  return ['<!--app-head-->', '<div id="root"><!--app-html--></div>', '<html lang="'].every((p) =>
    html.includes(p),
  );
}

/**
 * The client build's `index.html`, kept beside the server build so that prerendering can run again after it
 * has overwritten `dist/index.html` with the page for `/`.
 */
async function loadTemplate(built: string, kept: string): Promise<string> {
  const html = await readFile(built, 'utf8').catch(() => {
    throw new Error(`prerender: ${built} is missing: run \`vite build\` first`);
  });
  if (isTemplate(html)) {
    await writeFile(kept, html);
    return html;
  }
  const copy = await readFile(kept, 'utf8').catch(() => '');
  if (!isTemplate(copy))
    throw new Error(`prerender: ${built} is not a template: run \`vite build\` again first`);
  return copy;
}

/** Prerenders the built site in `dist` with the server entry in `ssrEntry`. */
export async function prerender({
  dist = path.join(ROOT, 'dist'),
  ssrEntry = path.join(ROOT, 'dist-ssr', 'entry-server.js'),
} = {}): Promise<PrerenderResult> {
  const started = performance.now();
  // React's production server renderer, as deployed, and twice as fast as its development build.
  process.env.NODE_ENV ??= 'production';
  const entry = (await import(pathToFileURL(ssrEntry).href).catch((cause: unknown) => {
    const hint = 'run `vite build --ssr src/app/entry-server.tsx --outDir dist-ssr` first';
    throw new Error(`prerender: cannot load ${ssrEntry}: ${hint}`, { cause });
  })) as ServerEntry;
  const template = await loadTemplate(
    path.join(dist, 'index.html'),
    path.join(path.dirname(ssrEntry), 'template.html'),
  );
  const { tree, SITE_ORIGIN } = entry;

  const paths = pagePaths(tree);
  const writes: Promise<void>[] = [];
  for (const pagePath of paths) {
    const location = parsePath(tree, pagePath);
    // The root page is not a location of the wizard; every other page must be the canonical URL of its state.
    if (pagePath !== '/' && placePath(tree, location) !== pagePath)
      throw new Error(`prerender: ${pagePath} is not a canonical path of the tree`);
    const page = await entry.render(pagePath);
    const file = fileOf(dist, pagePath);
    const html = fillTemplate(template, page, location.lang, pagePath);
    // Written while the next pages render: rendering is CPU, writing is I/O in libuv's threads.
    writes.push(mkdir(path.dirname(file), { recursive: true }).then(() => writeFile(file, html)));
  }
  await Promise.all(writes);

  // The site's 404.html says it in both languages; each language's own (nb/404.html, en/404.html) in that one.
  const notFound = await entry.render(NOT_FOUND_FILE);
  await writeFile(path.join(dist, '404.html'), fillTemplate(template, notFound, LANGS[0], NOT_FOUND_FILE));
  for (const lang of LANGS) {
    const file = notFoundFile(lang);
    const page = await entry.render(file);
    await writeFile(path.join(dist, file), fillTemplate(template, page, lang, file));
  }

  // The offline page of each language, which the service worker shows (scripts/service-worker.ts precaches it).
  for (const lang of LANGS) {
    const offline = fillTemplate(template, entry.renderOffline(lang), lang, offlinePagePath(lang));
    await writeFile(
      path.join(dist, ...offlinePagePath(lang).split('/').filter(Boolean)),
      withoutScripts(offline),
    );
  }

  const urls = paths.map((p) => `  <url><loc>${escapeXml(SITE_ORIGIN + p)}</loc></url>`);
  await writeFile(
    path.join(dist, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
  );
  await writeFile(
    path.join(dist, 'robots.txt'),
    `User-agent: *\nAllow: /\n\nSitemap: ${SITE_ORIGIN}/sitemap.xml\n`,
  );
  // Every page is the template filled in: its inline styles are every page's.
  const hostFiles = await writeHostConfig(dist, inlineStyleHashes(template));

  return {
    paths,
    files: paths.length + 3 + LANGS.length + hostFiles.length,
    ms: performance.now() - started,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { paths, files, ms } = await prerender();
    console.log(
      `Prerendered ${paths.length} pages + 404 pages (${files} files with sitemap.xml, robots.txt and host config) in ${(ms / 1000).toFixed(2)} s`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
