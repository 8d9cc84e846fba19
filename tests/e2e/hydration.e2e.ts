/**
 * Issue 4: a prerendered page becomes the wizard by hydration, not by a second render of different markup: no
 * console warning or error, the DOM React ends with is the prerendered DOM (but for the controls that need
 * JavaScript), and the next click on an option is a client-side navigation (no new document is requested).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { changeState } from '../../src/tree/paths.ts';
import type { FlowState } from '../../src/tree/state.ts';
import { focusIsOnH1, problems, urlOf, waitForApp, waitForPath, sharedBrowser } from './support/browser.ts';
import { distHtml, pathOf, tree, walk } from './support/site.ts';

const { fresh } = sharedBrowser();

/** Elements that legitimately change once mounted: the controls that need JavaScript, and the filter box. */
const MOUNT_ONLY = '.actions, .actions-note, .filter, .command-actions';

/** `#root`'s markup as the browser parses it, with the mount-only parts left out. */
function rootMarkup(page: Page, html?: string): Promise<string> {
  return page.evaluate(
    ({ html, skip }) => {
      const source = html === undefined ? document : new DOMParser().parseFromString(html, 'text/html');
      const root = source.getElementById('root')?.cloneNode(true) as HTMLElement;
      root.querySelectorAll(skip).forEach((e) => e.remove());
      return root.innerHTML;
    },
    { html, skip: MOUNT_ONLY },
  );
}

const remedy = walk('reset-button-greyed-out', 'first').at(-1) as FlowState & { kind: 'remedy' };
const question = walk('other-problem', 'first')[1] as FlowState & { kind: 'question' };

test.each([
  ['a remedy page', pathOf('nb', remedy)],
  ['a question page', pathOf('en', question)],
  ['a start page', '/nb/'],
  ['an about page', '/en/about/'],
])('%s (%s) hydrates without a warning and keeps its prerendered markup', async (_kind, path) => {
  const p = await fresh();
  const { page, record } = p;
  await page.goto(urlOf(path));
  // Ready means hydrated, the JavaScript-only controls rendered and storage read: anything that warns has warned.
  await waitForApp(page);
  expect(problems(record)).toEqual([]);
  expect(await rootMarkup(page)).toBe(await rootMarkup(page, distHtml(path)));
});

/** Counts the documents the main frame requests from now on. */
function countDocuments(page: Page): () => string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) requested.push(request.url());
  });
  return () => requested;
}

test('after hydrating a question page, clicking an option navigates on the client', async () => {
  const p = await fresh();
  const { page, record } = p;
  const states = walk('reset-button-greyed-out', 'first');
  await page.goto(urlOf(pathOf('en', states[0] as FlowState)));
  await waitForApp(page);
  const documents = countDocuments(page);
  await page.locator('#root ul.options > li > a').first().click();
  await waitForPath(page, pathOf('en', states[1] as FlowState));
  await expect.poll(() => focusIsOnH1(page)).toBe(true);
  expect(documents()).toEqual([]);
  expect(problems(record)).toEqual([]);
});

test('after hydrating a remedy page, Change and then an option navigate on the client', async () => {
  const p = await fresh();
  const { page, record } = p;
  await page.goto(urlOf(pathOf('nb', remedy)));
  await waitForApp(page);
  const documents = countDocuments(page);
  const first = remedy.answers[0]?.question as string;
  const asked = changeState(tree, remedy, first);
  if (asked.kind !== 'question') throw new Error('Change should ask again');
  await page.locator('#root .your-answers a').first().click();
  await waitForPath(page, pathOf('nb', asked));
  const option = page.locator('#root ul.options > li > a').last();
  const href = (await option.getAttribute('href')) as string;
  await option.click();
  await waitForPath(page, href);
  expect(documents()).toEqual([]);
  expect(problems(record)).toEqual([]);
});
