/**
 * Prerendered pages in Chromium, with JavaScript, served with the production headers: the CSP header and `<meta>`,
 * 0 CSP violations at run time, 0 requests to other origins, 0 uncaught errors (and 0 console errors or warnings),
 * the app ready on the page's own path, and 0 axe violations in the light theme and (but for the English pages,
 * which differ only in words) in the dark one (the system's `prefers-color-scheme`, emulated; each page must be
 * dark in the dark one). By default on a sample that covers every kind of page
 * in both languages, plus a seeded random set of other pages (`E2E_SEED` replays one, `E2E_RANDOM_PAGES` sets how
 * many); `E2E_PAGES=all` (`npm run test:e2e:full`) checks every page instead. What the markup alone shows is checked
 * on every page in Node: built-pages.e2e.ts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import {
  contentSecurityPolicy,
  inlineStyleHashes,
  metaContentSecurityPolicy,
} from '../../scripts/headers.ts';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { aboutPath, changeState, startPath } from '../../src/tree/paths.ts';
import { LANGS } from '../../src/tree/lang.ts';
import type { Lang } from '../../src/tree/lang.ts';
import type { FlowState } from '../../src/tree/state.ts';
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

/** How many pages of one browser are checked at once (the machine has 2 cores). */
const SWEEPERS = Number(process.env.E2E_SWEEPERS ?? 2);
/** Every page (`E2E_PAGES=all`), or the sample. */
const ALL_PAGES = process.env.E2E_PAGES === 'all';
/** How many pages beyond the kinds' sample are drawn at random. */
const RANDOM_PAGES = Number(process.env.E2E_RANDOM_PAGES ?? 20);
/** The seed of the random draw: a new one each run unless `E2E_SEED` gives it, printed so a failure can be replayed. */
const SEED = Number(process.env.E2E_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** A small seeded random generator (mulberry32): the same seed draws the same pages. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A verdict's kind, as the remedy page shows it differently: its kind, with its answer, reason and caveat if any. */
function verdictKind(state: FlowState): string | undefined {
  if (state.kind !== 'remedy' || !state.verdict) return undefined;
  const v = state.verdict;
  const parts: (string | undefined)[] = [v.kind];
  if ('answer' in v) parts.push(v.answer);
  if (v.kind === 'permission') parts.push(v.reason, v.caveat);
  return parts.filter(Boolean).join(' ');
}

/**
 * Every kind of page in both languages: the language choice, the start and about pages, each symptom's first
 * page and a remedy of it (the first options in one language, "not sure" in the other), a later question, a
 * remedy of each kind of verdict, a remedy that sets an item aside, a remedy with a correction beside an item that
 * applies, a question after a Change (with answers pending), an unknown URL and 404.html.
 */
function kindsOfPage(): string[] {
  const states = enumerateStates(tree);
  const verdicts = new Map<string, FlowState>();
  for (const state of states) {
    const kind = verdictKind(state);
    if (kind && !verdicts.has(kind)) verdicts.set(kind, state);
  }
  const pending = states.find((s) => s.kind === 'question' && s.pending.length > 0);
  const later = states.find((s) => s.kind === 'question' && s.step > 1);
  if (!pending || !later) throw new Error('the tree has no question after a Change, or no second question');
  const remedies = states.filter((s): s is FlowState & { kind: 'remedy' } => s.kind === 'remedy');
  const setAside = remedies.find((s) => s.setAside.length > 0);
  const corrected = remedies.find((s) => {
    const notes = tree.symptoms.find((symptom) => symptom.id === s.symptom)?.notes ?? [];
    return s.notes.some((applied) => {
      const note = notes.find((n) => n.id === applied.note);
      return note?.corrects === true && s.applies.some((a) => a.item === note.item);
    });
  });
  const paths = ['/', '/404.html'];
  for (const [i, lang] of LANGS.entries()) {
    paths.push(startPath(lang), aboutPath(lang), `/${lang}/no-such-page/`);
    for (const symptom of tree.symptoms) {
      paths.push(symptomPathOf(lang, symptom.id));
      paths.push(pathOf(lang, walk(symptom.id, i % 2 === 0 ? 'first' : 'unsure').at(-1) as FlowState));
    }
    paths.push(pathOf(lang, later), pathOf(lang, pending));
    // Change on a remedy with more than one answer: the question asked again, later answers pending.
    const remedy = states.find((s) => s.kind === 'remedy' && s.answers.length > 1);
    if (remedy) paths.push(pathOf(lang, changeState(tree, remedy, remedy.answers[0]?.question as string)));
    for (const state of [...verdicts.values(), setAside, corrected])
      if (state) paths.push(pathOf(lang, state));
  }
  return [...new Set(paths)];
}

/** The pages to check: the kinds, then RANDOM_PAGES others drawn with SEED (or every page). */
function pagesToCheck(): { paths: string[]; kinds: number } {
  const all = [...sitemapPaths(), '/404.html'];
  if (ALL_PAGES) return { paths: all, kinds: 0 };
  const kinds = kindsOfPage();
  const next = random(SEED);
  const others = all.filter((p) => !kinds.includes(p));
  const drawn: string[] = [];
  while (drawn.length < RANDOM_PAGES && others.length > 0)
    drawn.push(others.splice(Math.floor(next() * others.length), 1)[0] as string);
  return { paths: [...kinds, ...drawn], kinds: kinds.length };
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The unknown URLs of the sample: they answer 404 (with 404.html) by design. */
const isNotFound = (path: string) => path.endsWith('/no-such-page/');

/** The relative luminance (WCAG 2) of a computed `rgb()`/`rgba()` colour. */
function luminanceOf(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The page in the system's dark theme: whether it is dark (a dark background behind light text, read from the
 * computed colours of `<body>`'s canvas and of the `<h1>`), and axe's violations there. The theme is set back after.
 */
async function checkDark(p: RecordedPage): Promise<{ problems: string[]; axe: string[] }> {
  await p.page.emulateMedia({ colorScheme: 'dark' });
  try {
    const colors = await p.page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.querySelector('#root h1') ?? document.body).color,
    }));
    const dark = luminanceOf(colors.background) < 0.05 && luminanceOf(colors.text) > 0.5;
    return {
      problems: dark ? [] : [`not dark in the dark theme: ${colors.text} on ${colors.background}`],
      axe: (await axeViolations(p.page)).map((line) => `dark theme: ${line}`),
    };
  } finally {
    await p.page.emulateMedia({ colorScheme: 'light' });
  }
}

/**
 * Whether a page is checked in the dark theme as well: the English pages are laid out and coloured as the Norwegian
 * ones are (the same components and styles, other words), so the dark theme is checked on every page but those.
 */
const inDarkToo = (path: string) => !path.startsWith('/en/');

/** Opens a page, waits for the app, and returns what went wrong there (problems first, then axe's). */
async function checkPage(p: RecordedPage, path: string): Promise<{ problems: string[]; axe: string[] }> {
  p.clear();
  const found: string[] = [];
  const response = await p.page.goto(urlOf(path));
  const status = isNotFound(path) ? 404 : 200;
  if (response?.status() !== status) found.push(`HTTP ${response?.status() ?? 'no response'}, not ${status}`);
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
    // `/` sends the browser to the start page of its language; waitForApp waits for that too.
    await waitForApp(p.page);
  } catch (error) {
    found.push(`the app did not render: ${String(error).split('\n')[0] ?? ''}`);
  }
  found.push(...problems(p.record, { notFoundDocuments: isNotFound(path) }));
  const axe = await axeViolations(p.page);
  const dark = inDarkToo(path) ? await checkDark(p) : { problems: [], axe: [] };
  return { problems: [...found, ...dark.problems], axe: [...axe, ...dark.axe] };
}

describe(ALL_PAGES ? 'every prerendered page' : 'every kind of page, and a random set of others', () => {
  test('0 CSP violations, 0 requests to other origins, 0 errors, 0 axe violations in either theme', async () => {
    const { paths, kinds } = pagesToCheck();
    const label = ALL_PAGES
      ? `${paths.length} pages (all)`
      : `${paths.length} pages (${kinds} kinds, ${paths.length - kinds} drawn with E2E_SEED=${SEED})`;
    const queue = [...paths];
    const failures: string[] = [];
    const axeFailures: string[] = [];
    let checked = 0;
    const started = performance.now();

    const sweep = async () => {
      const p = await openPage(browser);
      await withAxe(p.page);
      try {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const result = await checkPage(p, path);
          checked++;
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
      `[pages] ${label}, each with axe in both themes, in ${seconds.toFixed(0)} s with ${SWEEPERS} at once`,
    );
    expect(checked).toBe(paths.length);
    expect.soft(failures.slice(0, 50), `${failures.length} problems in ${label}`).toEqual([]);
    expect(axeFailures.slice(0, 50), `${axeFailures.length} axe violations in ${label}`).toEqual([]);
  }, 1_800_000);
});

describe('pages changed on the client', () => {
  test.each(LANGS)(
    'in %s, the start page filtered to nothing, and the not-found page',
    async (lang: Lang) => {
      const p = await openPage(browser);
      onTestFinished(() => p.context.close());
      const { page } = p;
      const copy = lang === 'en' ? en : nb;
      await page.goto(urlOf(startPath(lang)));
      await waitForPath(page, startPath(lang));
      await page.locator('#root input[type="search"]').fill('zzzz');
      await page.locator('#root .no-match').waitFor();
      const found = [...problems(p.record), ...(await axeViolations(page))];
      p.clear();

      const missing = `/${lang}/no-such-symptom/`;
      await page.goto(urlOf(missing));
      await waitForPath(page, missing);
      expect(await page.locator('#root h1').textContent()).toBe(copy.notFound.title);
      found.push(...problems(p.record, { notFoundDocuments: true }), ...(await axeViolations(page)));
      expect(found).toEqual([]);
    },
  );
});
