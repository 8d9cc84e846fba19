/**
 * When what the app needs does not arrive (a symptom's flow and a page's words, `/assets/tree-<hash>/<lang>/*.json`,
 * or its UI copy, `/assets/{nb,en}-*`):
 * the prerendered page stays as built and usable as plain links, nothing escapes uncaught, and the browser loads
 * one document (two for a URL that has its own prerendered page elsewhere: it goes there once, never in a loop).
 * An unknown URL gets the not-found page in its own language, with or without JavaScript.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import { READY_ATTRIBUTE } from '../../src/shared/ready-attribute.ts';
import type { FlowState } from '../../src/tree/state.ts';
import { h1Text, sharedBrowser, urlOf } from './support/browser.ts';
import type { RecordedPage } from './support/browser.ts';
import { distHtml, pathOf, tree, walk } from './support/site.ts';

const { fresh } = sharedBrowser();

/** The files of the tree's parts (flows and words) and of the UI copy, as the build names them. */
const TEXT_CHUNKS = /\/assets\/tree-[^/]+\/.*\.json$/;
const COPY_CHUNKS = /\/assets\/(nb|en)-[^/]*\.js$/;

/** The deepest remedy among every symptom's first-option walk. */
const deepest = tree.symptoms.map((s) => walk(s.id, 'first')).reduce((a, b) => (b.length > a.length ? b : a));
const remedy = deepest.at(-1) as FlowState;
const remedyPath = pathOf('en', remedy);

/** The h1 of a built page, as a browser parses it. */
async function builtH1(page: Page, path: string): Promise<string> {
  return page.evaluate(
    (html) =>
      new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent?.trim() ?? '',
    distHtml(path),
  );
}

/** Opens `path` with the chunks matching `blocked` failing, and waits until the page has settled. */
async function openFailing(p: RecordedPage, path: string, blocked: RegExp): Promise<string[]> {
  const failed: string[] = [];
  await p.context.route(blocked, (route) => {
    failed.push(route.request().url());
    return route.abort();
  });
  await p.page.goto(urlOf(path));
  await p.page.waitForLoadState('networkidle');
  return failed;
}

/** What must hold of every failure: nothing uncaught, no policy violation. */
function expectClean(p: RecordedPage): void {
  expect(p.record.pageErrors).toEqual([]);
  expect(p.record.csp).toEqual([]);
}

test('a deep remedy page whose words fail to load stays as prerendered, in one navigation', async () => {
  const p = await fresh();
  const failed = await openFailing(p, remedyPath, TEXT_CHUNKS);
  expect(failed.length).toBeGreaterThan(0);
  expectClean(p);
  expect(p.record.documents).toEqual([urlOf(remedyPath)]);
  expect(await h1Text(p.page)).toBe(await builtH1(p.page, remedyPath));
  // Not hydrated: the page is the built one, whose links work as plain links.
  expect(await p.page.getAttribute('html', READY_ATTRIBUTE)).toBeNull();
  const start = p.page.locator(`a[href="/en/"]`).first();
  await Promise.all([p.page.waitForURL(urlOf('/en/')), start.click()]);
  expect(await h1Text(p.page)).toBe(await builtH1(p.page, '/en/'));
  expectClean(p);
});

test('a page whose UI copy fails to load keeps its built words, never bare keys', async () => {
  const p = await fresh();
  const failed = await openFailing(p, '/en/', COPY_CHUNKS);
  expect(failed.length).toBeGreaterThan(0);
  expectClean(p);
  expect(p.record.documents).toEqual([urlOf('/en/')]);
  expect(await h1Text(p.page)).toBe(await builtH1(p.page, '/en/'));
  expect(await p.page.getAttribute('html', READY_ATTRIBUTE)).toBeNull();
});

test("a reordered URL whose symptom's part fails goes once to the symptom's prerendered first step", async () => {
  const state = deepest.at(-1) as FlowState;
  const pairs = pathOf('en', state).split('/').filter(Boolean).slice(2);
  expect(pairs.length).toBeGreaterThanOrEqual(4);
  // The same answers, last pair first: no prerendered page, so the host serves the 404 page for it.
  const reordered = `/en/${state.symptom}/${[...pairs.slice(-2), ...pairs.slice(0, -2)].join('/')}/`;
  const p = await fresh();
  await openFailing(p, reordered, TEXT_CHUNKS);
  expectClean(p);
  // Without that part (it carries the symptom's flow) the answers cannot be replayed into the canonical path.
  const first = `/en/${state.symptom}/`;
  expect(p.record.documents).toEqual([urlOf(reordered), urlOf(first)]);
  expect(new URL(p.page.url()).pathname).toBe(first);
  expect(await h1Text(p.page)).toBe(await builtH1(p.page, first));
});

test("a reordered URL whose symptom's part loads goes to its canonical page without another document", async () => {
  const state = deepest.at(-1) as FlowState;
  const pairs = pathOf('en', state).split('/').filter(Boolean).slice(2);
  const reordered = `/en/${state.symptom}/${[...pairs.slice(-2), ...pairs.slice(0, -2)].join('/')}/`;
  const p = await fresh();
  const requested: string[] = [];
  p.page.on('request', (request) => {
    if (TEXT_CHUNKS.test(request.url())) requested.push(new URL(request.url()).pathname);
  });
  await p.page.goto(urlOf(reordered));
  await p.page.waitForURL(urlOf(remedyPath));
  await p.page.waitForLoadState('networkidle');
  expectClean(p);
  expect(p.record.documents).toEqual([urlOf(reordered)]);
  expect(await h1Text(p.page)).toBe(await builtH1(p.page, remedyPath));
  // A deep link loads its own symptom's part and no other symptom's (question parts are its checks).
  const parts = requested.map((r) => r.replace(/^\/assets\/tree-[^/]+\//, ''));
  expect(parts.filter((r) => !r.startsWith('en/question/'))).toEqual([`en/${state.symptom}.json`]);
});

test.each([
  ['without JavaScript', { javaScriptEnabled: false }, undefined],
  ['when the UI copy fails to load', {}, COPY_CHUNKS],
  ['when the words fail to load', {}, TEXT_CHUNKS],
])('an unknown /en/ URL gets the English not-found page %s', async (_case, options, blocked) => {
  const p = await fresh(options);
  const response = blocked
    ? (await openFailing(p, '/en/no-such-page/', blocked), undefined)
    : await p.page.goto(urlOf('/en/no-such-page/'));
  if (response) expect(response.status()).toBe(404);
  expectClean(p);
  expect(p.record.documents).toEqual([urlOf('/en/no-such-page/')]);
  expect(await p.page.getAttribute('html', 'lang')).toBe('en');
  expect(await h1Text(p.page)).toBe(en.notFound.title);
});
