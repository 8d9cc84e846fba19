/**
 * Issue 5, "Must show": every prerendered page, with JavaScript on, served with the production headers: 0 CSP
 * violations, 0 requests to other origins, 0 uncaught errors (and 0 console errors or warnings), and 0 axe
 * violations; then a state of each symptom reached by client navigation, in both languages, checked the same way.
 *
 * axe-core takes about a second a page here (2 cores), so over all ~1,925 pages it would take half an hour: it
 * runs over AXE_PAGES (see axePages) while the CSP, request and error checks run over every page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/headers.ts';
import { parsePath, startPath } from '../../src/tree/paths.ts';
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
} from './support/browser.ts';
import type { RecordedPage } from './support/browser.ts';
import { pathOf, sitemapPaths, symptomPathOf, tree, walk } from './support/site.ts';

/** One symptom of each kind, every remedy page of which axe checks: a permission verdict, a licence verdict, questions without a verdict, no questions. */
const AXE_REPRESENTATIVES = [
  'reset-button-greyed-out',
  'other-problem',
  'on-prem-integration-not-visible',
  'how-to-reset',
];

/** How many pages of one browser sweep the site at once (the machine has 2 cores). */
const SWEEPERS = Number(process.env.E2E_SWEEPERS ?? 2);

/**
 * The pages axe checks: every page kind in both languages (root, start, about, 404.html, and per symptom its first
 * step, a question carrying answers forward after a Change, and a remedy), and every remedy page of each
 * representative symptom, alternately in Norwegian and English.
 */
function axePages(paths: readonly string[]): Set<string> {
  const chosen = new Set<string>(['/', '/404.html']);
  const firstOf = new Map<string, string>();
  const representativeRemedies = new Map<string, number>();
  for (const path of paths) {
    const location = parsePath(tree, path);
    if (location.kind !== 'flow') {
      chosen.add(path);
      continue;
    }
    const { state, lang } = location;
    const kind =
      state.kind === 'question' ? (state.pending.length > 0 ? 'question+pending' : 'question') : 'remedy';
    const key = `${lang} ${state.symptom} ${kind}`;
    if (!firstOf.has(key)) {
      firstOf.set(key, path);
      chosen.add(path);
    }
    if (lang === 'nb' && state.kind === 'remedy' && AXE_REPRESENTATIVES.includes(state.symptom)) {
      const index = representativeRemedies.get(state.symptom) ?? 0;
      representativeRemedies.set(state.symptom, index + 1);
      chosen.add(index % 2 === 0 ? path : pathOf('en', state));
    }
  }
  for (const lang of LANGS) for (const s of tree.symptoms) chosen.add(symptomPathOf(lang, s.id));
  return chosen;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page, waits for the app, and returns what went wrong there (problems first, then axe's). */
async function checkPage(
  p: RecordedPage,
  path: string,
  withAxe: boolean,
): Promise<{ problems: string[]; axe: string[] }> {
  p.clear();
  const found: string[] = [];
  const response = await p.page.goto(urlOf(path));
  if (response?.status() !== 200) found.push(`HTTP ${response?.status() ?? 'no response'}`);
  const csp = response?.headers()['content-security-policy'];
  if (csp !== CONTENT_SECURITY_POLICY) found.push(`Content-Security-Policy header: ${csp ?? 'missing'}`);
  try {
    // `/` sends the browser to the start page of its language.
    if (path === '/') await p.page.waitForFunction(() => ['/nb/', '/en/'].includes(window.location.pathname));
    await waitForApp(p.page);
  } catch (error) {
    found.push(`the app did not render: ${String(error).split('\n')[0] ?? ''}`);
  }
  found.push(...problems(p.record));
  const axe = withAxe ? await axeViolations(p.page) : [];
  return { problems: found, axe };
}

describe('every prerendered page', () => {
  test('0 CSP violations, 0 requests to other origins, 0 errors; 0 axe violations on the axe set', async () => {
    const paths = [...sitemapPaths(), '/404.html'];
    const forAxe = axePages(paths);
    expect(paths.length).toBeGreaterThan(1900);
    const queue = [...paths];
    const failures: string[] = [];
    const axeFailures: string[] = [];
    const timing = { pages: 0, axePages: 0, axeMs: 0 };
    const started = performance.now();

    const sweep = async () => {
      const p = await openPage(browser);
      try {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const withAxe = forAxe.has(path);
          const before = performance.now();
          const result = await checkPage(p, path, withAxe);
          timing.pages++;
          if (withAxe) {
            timing.axePages++;
            timing.axeMs += performance.now() - before;
          }
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
      `[every page] ${timing.pages} pages in ${seconds.toFixed(0)} s with ${SWEEPERS} pages at once; ` +
        `axe on ${timing.axePages} of them (${(timing.axeMs / 1000).toFixed(0)} s of page time, ` +
        `${(timing.axeMs / Math.max(1, timing.axePages)).toFixed(0)} ms a page with axe)`,
    );
    expect(timing.pages).toBe(paths.length);
    expect(timing.axePages).toBe(forAxe.size);
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
      await page.getByRole('button', { name: copy.start.showAll }).waitFor();
      const found = await check(p, 'filtered start page');

      const missing = `/${lang}/no-such-symptom/`;
      await page.goto(urlOf(missing));
      await waitForPath(page, missing);
      expect(await page.locator('#root h1').textContent()).toBe(copy.notFound.title);
      found.push(...problems(p.record, { notFoundDocuments: true }), ...(await axeViolations(page)));
      expect(found).toEqual([]);
    },
  );
});
