/**
 * Issue 5, "Must show": every prerendered page, with JavaScript on, served with the production headers: 0 CSP
 * violations, 0 requests to other origins, 0 uncaught errors (and 0 console errors or warnings), and 0 axe
 * violations; then a state of each symptom reached by client navigation, in both languages, checked the same way.
 * axe-core is loaded into every document by an init script (withAxe), which keeps it near 0.2 s a page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import {
  contentSecurityPolicy,
  inlineStyleHashes,
  metaContentSecurityPolicy,
} from '../../scripts/headers.ts';
import { startPath } from '../../src/tree/paths.ts';
import { LANGS } from '../../src/tree/types.ts';
import type { FlowState, Lang } from '../../src/tree/types.ts';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';
import {
  axeViolations,
  launchBrowser,
  openPage,
  problems,
  urlOf,
  waitForApp,
  waitForPath,
  withAxe,
} from './support/browser.ts';
import type { RecordedPage } from './support/browser.ts';
import { pathOf, sitemapPaths, symptomPathOf, tree, walk } from './support/site.ts';

/** How many pages of one browser sweep the site at once (the machine has 2 cores). */
const SWEEPERS = Number(process.env.E2E_SWEEPERS ?? 2);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page, waits for the app, and returns what went wrong there (problems first, then axe's). */
async function checkPage(p: RecordedPage, path: string): Promise<{ problems: string[]; axe: string[] }> {
  p.clear();
  const found: string[] = [];
  const response = await p.page.goto(urlOf(path));
  if (response?.status() !== 200) found.push(`HTTP ${response?.status() ?? 'no response'}`);
  // The policy allows the page's own inline styles by hash, and nothing else inline.
  const styles = inlineStyleHashes((await response?.text()) ?? '');
  if (styles.length !== 1) found.push(`${styles.length} distinct <style> texts instead of 1`);
  const csp = response?.headers()['content-security-policy'];
  if (csp !== contentSecurityPolicy(styles))
    found.push(`Content-Security-Policy header: ${csp ?? 'missing'}`);
  const metaCsp = await p.page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
  if (metaCsp.length !== 1 || metaCsp[0] !== metaContentSecurityPolicy(styles))
    found.push(`Content-Security-Policy <meta>: ${JSON.stringify(metaCsp)}`);
  try {
    // `/` sends the browser to the start page of its language.
    if (path === '/') await p.page.waitForFunction(() => ['/nb/', '/en/'].includes(window.location.pathname));
    await waitForApp(p.page);
  } catch (error) {
    found.push(`the app did not render: ${String(error).split('\n')[0] ?? ''}`);
  }
  found.push(...problems(p.record));
  return { problems: found, axe: await axeViolations(p.page) };
}

describe('every prerendered page', () => {
  test('0 CSP violations, 0 requests to other origins, 0 errors, 0 axe violations', async () => {
    const paths = [...sitemapPaths(), '/404.html'];
    expect(paths.length).toBeGreaterThan(1900);
    const queue = [...paths];
    const failures: string[] = [];
    const axeFailures: string[] = [];
    const timing = { pages: 0 };
    const started = performance.now();

    const sweep = async () => {
      const p = await openPage(browser);
      await withAxe(p.page);
      try {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const result = await checkPage(p, path);
          timing.pages++;
          failures.push(...result.problems.map((line) => `${path}: ${line}`));
          axeFailures.push(...result.axe.map((line) => `${path}: ${line}`));
        }
      } finally {
        await p.context.close();
      }
    };
    await Promise.all(Array.from({ length: SWEEPERS }, sweep));

    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[every page] ${timing.pages} pages, each with axe, in ${seconds.toFixed(0)} s with ${SWEEPERS} pages at once`,
    );
    expect(timing.pages).toBe(paths.length);
    expect.soft(failures.slice(0, 50), `${failures.length} problems`).toEqual([]);
    expect(axeFailures.slice(0, 50), `${axeFailures.length} axe violations`).toEqual([]);
  }, 1_800_000);
});

describe('states reached by client navigation', () => {
  async function fresh(): Promise<RecordedPage> {
    const p = await openPage(browser);
    onTestFinished(() => p.context.close());
    return p;
  }

  /** Problems and axe violations of the page as it stands. */
  async function check(p: RecordedPage, label: string): Promise<string[]> {
    const found = [...problems(p.record), ...(await axeViolations(p.page))];
    p.clear();
    return found.map((line) => `${label}: ${line}`);
  }

  test.each(LANGS)('in %s, every step of each symptom, clicked from the start page', async (lang) => {
    const p = await fresh();
    const { page } = p;
    const found: string[] = [];
    for (const symptom of tree.symptoms) {
      const states = walk(symptom.id, 'first');
      await page.goto(urlOf(startPath(lang)));
      await waitForPath(page, startPath(lang));
      p.clear();
      await page.locator(`#root main a[href="${symptomPathOf(lang, symptom.id)}"]`).click();
      for (const [i, state] of states.entries()) {
        await waitForPath(page, pathOf(lang, state));
        found.push(...(await check(p, pathOf(lang, state))));
        if (state.kind === 'remedy') break;
        await page.locator(`#root ul.options a[href="${pathOf(lang, states[i + 1] as FlowState)}"]`).click();
      }
    }
    expect(found).toEqual([]);
  });

  test.each(LANGS)(
    'in %s, the start page filtered to nothing, and the not-found page',
    async (lang: Lang) => {
      const p = await fresh();
      const { page } = p;
      const copy = lang === 'en' ? en : nb;
      await page.goto(urlOf(startPath(lang)));
      await waitForPath(page, startPath(lang));
      await page.locator('#root input[type="search"]').fill('zzzz');
      await page.locator('#root .no-match').waitFor();
      const found = await check(p, 'start page with a search that finds nothing');

      const missing = `/${lang}/no-such-symptom/`;
      await page.goto(urlOf(missing));
      await waitForPath(page, missing);
      expect(await page.locator('#root h1').textContent()).toBe(copy.notFound.title);
      found.push(...problems(p.record, { notFoundDocuments: true }), ...(await axeViolations(page)));
      expect(found).toEqual([]);
    },
  );
});
