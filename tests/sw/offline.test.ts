// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  buildIdOf,
  isWholePage,
  langOfPath,
  offlinePageHtml,
  offlinePagePath,
  otherPagesCaches,
  pagesCacheName,
  shellPaths,
  titleOf,
  VISITED_LIST,
  visitedPath,
} from '../../src/sw/offline.ts';

const entry = fc.record({ url: fc.string(), revision: fc.option(fc.string(), { nil: null }) });

describe('buildIdOf', () => {
  test('is 8 hex digits and the same whatever order the manifest lists its files in', () => {
    fc.assert(
      fc.property(fc.array(entry), (manifest) => {
        const id = buildIdOf(manifest);
        expect(id).toMatch(/^[0-9a-f]{8}$/);
        expect(buildIdOf([...manifest].reverse())).toBe(id);
      }),
    );
  });

  test('changes when one file of the build changes: its revision, or its name', () => {
    const manifest = [
      { url: '/en/', revision: 'a1' },
      { url: '/assets/index-AAAA.js', revision: null },
    ];
    const id = buildIdOf(manifest);
    expect(buildIdOf([{ url: '/en/', revision: 'a2' }, manifest[1]!])).not.toBe(id);
    expect(buildIdOf([manifest[0]!, { url: '/assets/index-BBBB.js', revision: null }])).not.toBe(id);
    expect(buildIdOf(manifest.slice(0, 1))).not.toBe(id);
  });
});

describe('the page caches', () => {
  test("another build's page caches are the ones to empty and delete; this build's and other caches stay", () => {
    const names = [pagesCacheName('aaaa0000'), pagesCacheName('bbbb1111'), 'workbox-precache-v2-x', 'other'];
    expect(otherPagesCaches(names, 'bbbb1111')).toEqual([pagesCacheName('aaaa0000')]);
    expect(otherPagesCaches(names, 'cccc2222')).toEqual([
      pagesCacheName('aaaa0000'),
      pagesCacheName('bbbb1111'),
    ]);
  });
});

describe('which pages', () => {
  test('a path is in the language of its first segment, any other in the first language', () => {
    expect(langOfPath('/en/reset-button-greyed-out/your-role/')).toBe('en');
    expect(langOfPath('/nb/')).toBe('nb');
    expect(langOfPath('/')).toBe('nb');
    expect(langOfPath('/english/')).toBe('nb');
    expect(offlinePagePath('en')).toBe('/en/offline.html');
  });

  test('the pages stored at install: the language choice, and per language start page, code list and offline page', () => {
    expect(shellPaths()).toEqual([
      '/',
      '/nb/',
      '/nb/codes/',
      '/nb/offline.html',
      '/en/',
      '/en/codes/',
      '/en/offline.html',
    ]);
  });

  test('only a whole page is stored: status 200, from this origin, not redirected', () => {
    const basic = { status: 200, type: 'basic', redirected: false } as const;
    expect(isWholePage(basic)).toBe(true);
    expect(isWholePage({ ...basic, status: 404 })).toBe(false);
    expect(isWholePage({ ...basic, redirected: true })).toBe(false);
    expect(isWholePage({ ...basic, status: 0, type: 'opaqueredirect' })).toBe(false);
  });

  test('a page the app says it showed: a plain path of the site, or nothing', () => {
    expect(visitedPath({ type: 'visited', path: '/en/codes/' })).toBe('/en/codes/');
    for (const data of [
      null,
      '/en/',
      { type: 'other', path: '/en/' },
      { type: 'visited', path: 42 },
      { type: 'visited', path: 'https://example.com/' },
      { type: 'visited', path: '//example.com/' },
      { type: 'visited', path: '/en/../../x' },
      { type: 'visited', path: '/en/?q=1' },
      { type: 'visited', path: '/en\\x' },
    ])
      expect(visitedPath(data), JSON.stringify(data)).toBeUndefined();
  });
});

describe('the offline page', () => {
  const page =
    '<title>Offline</title><main><h1>You are offline</h1><ul><li><a href="/en/">Start</a></li></ul>' +
    `<section id="offline-visited-pages" hidden="" aria-labelledby="h"><h2 id="h">Opened</h2>${VISITED_LIST}</section></main>`;

  test("a page's title as its HTML writes it", () => {
    expect(titleOf('<head><title> A &amp; B – Site </title></head>')).toBe('A &amp; B – Site');
    expect(titleOf('<head></head>')).toBeUndefined();
    expect(titleOf('<title></title>')).toBeUndefined();
  });

  test('lists the pages at hand in its language, but the one asked for, and shows their section', () => {
    const html = offlinePageHtml(
      page,
      'en',
      [
        { path: '/en/', title: 'Start &amp; more' },
        { path: '/nb/', title: 'Norsk' },
        { path: '/en/x/', title: 'X' },
        { path: '/en/asked/', title: 'Asked' },
      ],
      '/en/asked/',
    );
    expect(html).toContain('<section id="offline-visited-pages" aria-labelledby="h">');
    expect(html).toContain(
      '<ul id="offline-visited"><li><a href="/en/">Start &amp; more</a></li><li><a href="/en/x/">X</a></li></ul>',
    );
    expect(html).not.toContain('Norsk');
    expect(html).not.toContain('Asked');
  });

  test('escapes a path into its attribute', () => {
    const html = offlinePageHtml(page, 'en', [{ path: '/en/"><b>/', title: 'T' }], '/en/y/');
    expect(html).toContain('<a href="/en/&quot;&gt;&lt;b&gt;/">T</a>');
  });

  test('stays as prerendered, its section hidden, when no page is at hand', () => {
    expect(offlinePageHtml(page, 'en', [], '/en/y/')).toBe(page);
    expect(offlinePageHtml(page, 'en', [{ path: '/nb/', title: 'N' }], '/en/y/')).toBe(page);
  });
});
