/**
 * The first paint needs the HTML alone: the CSS is inside the page, and no request (the app's entry script, its
 * chunks, the page's words, the favicon) is one the browser holds the first render for. Read from the browser's own
 * account (each resource timing entry's `renderBlockingStatus`), not from the markup.
 */
import { expect, test } from 'vitest';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { sharedBrowser, urlOf, waitForApp } from './support/browser.ts';
import { pathOf, tree } from './support/site.ts';

const { fresh } = sharedBrowser();

/** The deepest remedy: the page a ticket links to, with the most words and checks to load. */
const deepest = enumerateStates(tree)
  .filter((s) => s.kind === 'remedy')
  .sort((a, b) => b.answers.length - a.answers.length)[0]!;

test.each([
  ['a deep remedy page', pathOf('nb', deepest)],
  ['a start page', '/en/'],
])('%s (%s): no request blocks the first render', async (_kind, path) => {
  const { page } = await fresh();
  await page.goto(urlOf(path));
  await waitForApp(page);
  const seen = await page.evaluate(() => ({
    paints: performance.getEntriesByType('paint').map((e) => e.name),
    // TypeScript's DOM library does not declare renderBlockingStatus yet (Chromium has had it since version 107).
    resources: (
      performance.getEntriesByType('resource') as (PerformanceResourceTiming & {
        renderBlockingStatus?: string;
      })[]
    ).map((e) => ({
      name: new URL(e.name).pathname,
      status: e.renderBlockingStatus,
    })),
  }));
  expect(seen.paints).toContain('first-contentful-paint');
  // The app did load (its entry script and at least one chunk), and none of it held the first render.
  expect(seen.resources.filter((r) => r.name.endsWith('.js')).length).toBeGreaterThan(1);
  expect(seen.resources.filter((r) => r.status !== 'non-blocking')).toEqual([]);
  expect(seen.resources.some((r) => r.name.endsWith('.css'))).toBe(false);
});
