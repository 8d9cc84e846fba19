/**
 * The start page's search in Chromium over the built site: the index's second shard comes on the first use of the
 * box; typing a code offers its page first (codes of Microsoft's writeback page too), a sentence its symptom, a
 * question in words a symptom before any code page, nonsense says so and offers a way on; without JavaScript, every
 * code page is reachable by links from the start page (a pass over dist/), and /en/ -> the code list -> SSPR_0029
 * explains it and links to Microsoft's page.
 */
import { describe, expect, test } from 'vitest';
import { codePath, codesPath, startPath } from '../../src/tree/paths.ts';
import { LANGS } from '../../src/tree/lang.ts';
import { problems, sharedBrowser, urlOf, waitForPath } from './support/browser.ts';
import { distHtml, tree } from './support/site.ts';

const { fresh } = sharedBrowser();

/** The hrefs of a built page's links. */
function hrefsOf(pagePath: string): string[] {
  return [...distHtml(pagePath).matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1] as string);
}

describe('the search box, with JavaScript', () => {
  test.each([
    ['en', 'SSPR_0029', '/en/codes/sspr-0029/'],
    ['nb', '6329', '/nb/codes/event-6329-'],
    ['en', 'greyed out', '/en/reset-button-greyed-out/'],
    ['nb', 'knappen er grå', '/nb/reset-button-greyed-out/'],
    // Codes from Microsoft's password writeback troubleshooting page, as an admin copies them from the event log.
    ['en', 'event 32002', '/en/codes/event-32002/'],
    ['nb', 'hendelse 6329 0x8023061f', '/nb/codes/event-6329-0x8023061f/'],
  ] as const)('on /%s/, typing "%s" offers %s first', async (lang, query, first) => {
    const { page, record } = await fresh();
    await page.goto(urlOf(startPath(lang)));
    await waitForPath(page, startPath(lang));
    await page.locator('#root input[type="search"]').pressSequentially(query);
    const firstHref = () => page.locator('#root ol.results > li > a').first().getAttribute('href');
    await expect.poll(firstHref).toContain(first);
    await page.locator('#root ol.results > li > a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toContain(first);
    expect(problems(record)).toEqual([]);
  });

  test("the index's second shard is fetched when the search box is first used, not before", async () => {
    const { page, record } = await fresh();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const second = () => requested.filter((p) => p.startsWith('/assets/search-text-'));
    await page.goto(urlOf('/en/'));
    await waitForPath(page, '/en/');
    await expect.poll(() => requested.some((p) => p.startsWith('/assets/search-en-'))).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(second()).toEqual([]);
    await page.locator('#root input[type="search"]').focus();
    await expect.poll(() => second().length).toBe(1);
    expect(problems(record)).toEqual([]);
  });

  test('a question in words offers a symptom before any code page', async () => {
    const { page, record } = await fresh();
    await page.goto(urlOf('/en/'));
    await waitForPath(page, '/en/');
    await page.locator('#root input[type="search"]').pressSequentially('which licence do I need for SSPR');
    const hrefs = () =>
      page
        .locator('#root ol.results > li > a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await expect.poll(async () => (await hrefs()).length).toBeGreaterThan(0);
    const found = await hrefs();
    expect(found[0]).not.toContain('/codes/');
    const firstCode = found.findIndex((href) => href.includes('/codes/'));
    expect(found.indexOf('/en/other-problem/')).toBeGreaterThanOrEqual(0);
    if (firstCode >= 0) expect(found.indexOf('/en/other-problem/')).toBeLessThan(firstCode);
    expect(problems(record)).toEqual([]);
  });

  test('a query that matches nothing says so and offers the catch-all symptom and the code list', async () => {
    const { page, record } = await fresh();
    await page.goto(urlOf('/en/'));
    await waitForPath(page, '/en/');
    await page.locator('#root input[type="search"]').pressSequentially('qqqzzz');
    await expect
      .poll(() => page.locator('#root .no-match').textContent())
      .toContain('Nothing matches "qqqzzz".');
    expect(await page.locator('#root [role="status"]').textContent()).toBe('No results');
    expect(await page.locator('#root .no-match a[href="/en/other-problem/"]').count()).toBe(1);
    expect(await page.locator('#root .no-match a[href="/en/codes/"]').count()).toBe(1);
    expect(problems(record)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  test.each(LANGS)(
    'in %s, every code page is linked from the code list, which the start page links to',
    (lang) => {
      expect(hrefsOf(startPath(lang))).toContain(codesPath(lang));
      const listed = hrefsOf(codesPath(lang));
      for (const code of tree.codes) expect(listed, code.id).toContain(codePath(lang, code.id));
    },
  );

  test('/en/ -> the code list -> SSPR_0029 explains it and links to Microsoft', async () => {
    const { page, record } = await fresh({ javaScriptEnabled: false });
    await page.goto(urlOf('/en/'));
    await page.locator('#root a[href="/en/codes/"]').first().click();
    await page.waitForURL(urlOf('/en/codes/'));
    await page.locator('#root a[href="/en/codes/sspr-0029/"]').click();
    await page.waitForURL(urlOf('/en/codes/sspr-0029/'));
    expect(await page.locator('#root h1').textContent()).toBe('SSPR_0029');
    expect(await page.locator('#root').textContent()).toContain(
      'Restrict clients allowed to make remote calls to SAM',
    );
    const source = tree.codes.find((c) => c.id === 'sspr-0029')?.source;
    expect(await page.locator(`#root a[href="${source}"]`).count()).toBe(1);
    expect(
      await page
        .locator('#root a[href^="/en/writeback-fails-after-submit/connect-log/access-denied/"]')
        .count(),
    ).toBe(1);
    expect(problems(record)).toEqual([]);
  });
});
