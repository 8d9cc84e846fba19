/**
 * Offline after a visit (src/sw/service-worker.ts), in Chromium with the network cut off (`context.setOffline`):
 * the pages visited reload and work, a link to a visited page opens it, a page never visited shows the offline page
 * in its language with links to what is at hand; the start pages and code lists are at hand unvisited. Then a new
 * build: a copy of dist/ whose every asset has another name, its worker built by the same build step, served on the
 * same origin: the next visit gets the new pages, the new worker takes over, and offline every page it serves names
 * only the new build's assets, the old ones gone from the cache.
 */
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildServiceWorker, manifestOfWorker } from '../../scripts/service-worker.ts';
import { startServer } from '../../scripts/serve.ts';
import type { StaticServer } from '../../scripts/serve.ts';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { buildIdOf, pagesCacheName } from '../../src/sw/offline.ts';
import type { ManifestEntry } from '../../src/sw/offline.ts';
import en from '../../src/i18n/en.json';
import {
  h1Text,
  launchBrowser,
  openPage,
  problems,
  urlOf,
  waitForApp,
  waitForPath,
} from './support/browser.ts';
import type { RecordedPage } from './support/browser.ts';
import { pathOf, symptomPathOf, tree } from './support/site.ts';

const remedies = enumerateStates(tree).filter((s) => s.kind === 'remedy');
/** The remedy visited: the deepest one, as a ticket links to it. */
const visited = pathOf('en', [...remedies].sort((a, b) => b.answers.length - a.answers.length)[0]!);
/** A remedy never visited. */
const unvisited = remedies.map((s) => pathOf('en', s)).find((p) => p !== visited)!;

/**
 * Waits until an async check in the page holds (Playwright's waitForFunction takes a returned promise for a truthy
 * answer, so it cannot wait on the Cache API).
 */
async function until(
  page: Page,
  check: (arg: string[]) => Promise<boolean>,
  arg: string[],
  what: string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await page.evaluate(check, arg))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await page.waitForTimeout(200);
  }
}

/** Waits until the worker controls the page and has stored `paths` in its one cache of visited pages. */
async function stored(page: Page, paths: string[]): Promise<void> {
  await until(
    page,
    async (wanted) => {
      if (navigator.serviceWorker.controller?.state !== 'activated') return false;
      const names = (await caches.keys()).filter((name) => name.startsWith('sspr-pages-'));
      if (names.length !== 1) return false;
      const cache = await caches.open(names[0]!);
      const found = await Promise.all(wanted.map((p) => cache.match(p)));
      return found.every(Boolean);
    },
    paths,
    `the worker has stored ${paths.join(', ')}`,
  );
}

/** The script URLs (paths) the page has loaded, from the browser's resource timing. */
function scriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js')),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline after visiting /en/ and a remedy', () => {
  let p: RecordedPage;
  const online: Record<string, string> = {};

  beforeAll(async () => {
    p = await openPage(browser, { serviceWorkers: 'allow' });
    for (const pagePath of ['/en/', visited]) {
      await p.page.goto(urlOf(pagePath));
      await waitForApp(p.page);
      online[pagePath] = await h1Text(p.page);
    }
    // /en/ is stored at install; the remedy, shown before the worker took control, once it does.
    await stored(p.page, [visited]);
    expect(problems(p.record)).toEqual([]);
    await p.context.setOffline(true);
  });
  afterAll(async () => {
    await p?.context.close();
  });

  test.each(['/en/', visited])('%s reloads, and the app starts', async (pagePath) => {
    p.clear();
    await p.page.goto(urlOf(pagePath));
    await waitForApp(p.page);
    expect(await h1Text(p.page)).toBe(online[pagePath]);
    expect(problems(p.record)).toEqual([]);
  });

  test('a page never visited says it is offline, in English, with links to what is at hand', async () => {
    await p.page.goto(urlOf(unvisited));
    expect(await h1Text(p.page)).toBe(en.offline.title);
    expect(await p.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(p.page.url()).toBe(urlOf(unvisited));
    const links = await p.page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/en/', '/en/codes/', visited]));
    expect(links).not.toContain(unvisited);
    expect(await p.page.locator('#offline-visited-pages').isVisible()).toBe(true);
    // The visited remedy, by its link on the offline page: a document from the worker's cache.
    await p.page.locator(`main a[href="${visited}"]`).click();
    await waitForPath(p.page, visited);
    expect(await h1Text(p.page)).toBe(online[visited]);
  });

  test('inside the app, a link to a page whose words are at hand opens it', async () => {
    await p.page.goto(urlOf('/en/'));
    await waitForApp(p.page);
    const symptom = tree.symptoms[0]!.id;
    await p.page
      .locator(`#root a[href="${symptomPathOf('en', symptom)}"]`)
      .first()
      .click();
    await waitForPath(p.page, symptomPathOf('en', symptom));
    expect(await h1Text(p.page)).not.toBe(en.offline.title);
  });

  test.each(['/nb/', '/nb/codes/', '/en/codes/'])('%s is at hand, never visited', async (pagePath) => {
    const response = await p.page.goto(urlOf(pagePath));
    expect(response?.ok()).toBe(true);
    await waitForApp(p.page);
    expect(await h1Text(p.page)).not.toBe(en.offline.title);
    expect(await p.page.locator('h1').count()).toBe(1);
  });
});

/** A copy of a built site as a new build: every asset renamed (and named so everywhere), its worker built anew. */
async function newBuildOf(dist: string): Promise<{ dir: string; assets: string[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'offline-new-build-'));
  await cp(dist, dir, { recursive: true });
  // The scripts, and the folder of the tree's parts (named for their hash, as the scripts are).
  const entries = await readdir(path.join(dir, 'assets'));
  const names = entries.filter((f) => f.endsWith('.js') || f.startsWith('tree-'));
  const renamed = new Map(
    names.map((name) => [name, name.endsWith('.js') ? name.replace(/\.js$/, 'N.js') : `${name}N`]),
  );
  const pattern = new RegExp(names.map((n) => n.replace(/[.-]/g, '\\$&')).join('|'), 'g');
  const files = (await readdir(dir, { recursive: true })).filter(
    (f) => /\.(html|js)$/.test(f) && f !== 'sw.js',
  );
  for (const file of files) {
    const full = path.join(dir, file);
    const text = await readFile(full, 'utf8');
    const changed = text.replace(pattern, (name) => renamed.get(name)!);
    if (changed !== text) await writeFile(full, changed);
  }
  for (const [from, to] of renamed)
    await rename(path.join(dir, 'assets', from), path.join(dir, 'assets', to));
  await buildServiceWorker({ dist: dir });
  const assets: string[] = [];
  for (const name of renamed.values()) {
    if (name.endsWith('.js')) assets.push(`/assets/${name}`);
    else
      for (const file of await readdir(path.join(dir, 'assets', name), { recursive: true }))
        if (file.endsWith('.json')) assets.push(`/assets/${name}/${file.split(path.sep).join('/')}`);
  }
  return { dir, assets };
}

/** The precache manifest written into a built worker. */
async function manifestOf(dir: string): Promise<ManifestEntry[]> {
  return manifestOfWorker(await readFile(path.join(dir, 'sw.js'), 'utf8'));
}

describe('a new build', () => {
  let context: BrowserContext;
  let server: StaticServer;
  const dirs: string[] = [];

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  test('takes over on the next visit, with no asset of the old build left', async () => {
    const oldBuild = await mkdtemp(path.join(tmpdir(), 'offline-old-build-'));
    dirs.push(oldBuild);
    await cp(path.resolve('dist'), oldBuild, { recursive: true });
    const next = await newBuildOf(oldBuild);
    dirs.push(next.dir);

    server = await startServer({ port: 0, root: oldBuild });
    const origin = server.url;
    context = await browser.newContext();
    const page = await context.newPage();
    for (const pagePath of ['/en/', visited]) {
      await page.goto(origin + pagePath);
      await waitForApp(page);
    }
    await stored(page, [visited]);
    const oldCache = pagesCacheName(buildIdOf(await manifestOf(oldBuild)));
    expect(await page.evaluate(() => caches.keys())).toContain(oldCache);

    // The new build is deployed on the same origin; the next visit is online.
    await server.close();
    server = await startServer({ port: server.port, root: next.dir });
    await page.goto(origin + '/en/');
    await waitForApp(page);
    expect((await scriptsLoaded(page)).every((s) => next.assets.includes(s))).toBe(true);
    // The new worker takes over: its cache of pages holds both pages afresh, the old build's cache is gone.
    const newCache = pagesCacheName(buildIdOf(await manifestOf(next.dir)));
    await until(
      page,
      async ([fresh, old]) => {
        const names = await caches.keys();
        return names.includes(fresh!) && !names.includes(old!);
      },
      [newCache, oldCache],
      "the new build's cache replaces the old one",
    );
    await stored(page, ['/en/', visited]);

    // Offline, the remedy visited under the old build is the new build's page, running on the new assets only.
    await context.setOffline(true);
    await page.goto(origin + visited);
    await waitForApp(page);
    const scripts = await scriptsLoaded(page);
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.filter((s) => !next.assets.includes(s))).toEqual([]);
    // Every asset in the worker's precache is one of the new build's.
    const cachedAssets = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys())
          urls.push(new URL(request.url).pathname);
      return urls.filter((u) => u.startsWith('/assets/'));
    });
    expect(cachedAssets.length).toBeGreaterThan(0);
    expect(cachedAssets.filter((u) => !next.assets.includes(u))).toEqual([]);
  }, 180_000);
});
