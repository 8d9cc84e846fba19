import type { Browser, Page } from 'playwright-core';
import type { SearchQuery } from '../../src/compiler/queries.ts';
import { launchChromium } from '../browser.ts';
import { formatKb, formatMs, gzipSize, median, progress, quantile, reason } from './measure.ts';
import { readBuilt } from './pages.ts';
import type { BenchPages } from './pages.ts';
import { REMEDY_JS_BUDGET } from './sizes.ts';
// Not ready-marker.tsx: importing React here would fix its development build before Vite's build sets production.
import { READY_ATTRIBUTE } from '../../src/shared/ready-attribute.ts';
import { judged, skipped } from './table.ts';
import type { Row } from './table.ts';

/** Step transitions timed. */
const TRANSITIONS = 50;
const REMEDY_JS = 'JS loaded by a deep-linked remedy page (Chromium network, gzip)';
const TRANSITION = `Step transition, click to painted (median / p95 of ${TRANSITIONS}, headless Chromium)`;
const KEYSTROKE =
  'Search: keystroke to results painted on the start page (median / p95, query set, Chromium)';

/**
 * Resolves once the app has finished rendering the page (hydrated or rendered, start-up done): `<html data-ready>`
 * names the current path (src/shared/ready-marker.tsx), so a click is a client-side navigation.
 */
async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(
    (attribute) => document.documentElement.getAttribute(attribute) === window.location.pathname,
    READY_ATTRIBUTE,
  );
}

/**
 * Every .js file a deep-linked remedy page requests until load and network idle, lazy chunks included, and the
 * tree's parts it fetches.
 */
export async function remedyJs(
  browser: Browser,
  origin: string,
  dist: string,
  pages: BenchPages,
): Promise<Row> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      // The tree's parts (JSON: a symptom's flow and words) count too: they are what the page's script runs on.
      const part = url.pathname.startsWith('/assets/tree-') && url.pathname.endsWith('.json');
      if (
        url.origin === origin &&
        (request.resourceType() === 'script' || url.pathname.endsWith('.js') || part)
      )
        scripts.add(url.pathname);
    });
    await page.goto(origin + pages.remedy, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await waitForApp(page);
    // Anything an effect after hydration loads late, then idle again.
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const script of scripts) {
      const file = readBuilt(dist, script);
      if (!file) throw new Error(`${script} was requested but is not a file of the build`);
      bytes += gzipSize(file);
    }
    const value = `${formatKb(bytes)} (${scripts.size} file${scripts.size === 1 ? '' : 's'})`;
    return judged(REMEDY_JS, value, '<= 130 kB', bytes <= REMEDY_JS_BUDGET);
  } finally {
    await context.close();
  }
}

/**
 * What the page records per step: installed once per document, it survives client-side navigation. From the click
 * it checks each animation frame for the new step's h1; the task it queues from the first frame that has it runs
 * once that frame is painted. Its frame callback is registered at the click, before any the app registers while
 * handling it, so work the app defers until after the paint (storage writes, preloading) is not counted.
 */
function installProbe(): void {
  const probe = { samples: [] as number[] };
  (window as unknown as { __bench: typeof probe }).__bench = probe;
  document.addEventListener(
    'click',
    () => {
      const t0 = performance.now();
      const before = document.querySelector('h1');
      const text = before?.textContent ?? null;
      const frame = () => {
        const h1 = document.querySelector('h1');
        if (!h1 || (h1 === before && h1.textContent === text)) {
          requestAnimationFrame(frame);
          return;
        }
        setTimeout(() => probe.samples.push(performance.now() - t0), 0);
      };
      requestAnimationFrame(frame);
    },
    true,
  );
}

/** How many steps the page has recorded. */
function recorded(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __bench?: { samples: number[] } }).__bench?.samples.length ?? -1,
  );
}

/**
 * Opens the start page in a context of its own, once the app is ready and what it loads after its paint has
 * arrived (a person reads the page before the first click or key), installs `probe` in it, runs `measure` and
 * closes the context.
 */
async function onProbedStartPage<T>(
  browser: Browser,
  origin: string,
  pages: BenchPages,
  probe: () => void,
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(origin + pages.start, { waitUntil: 'load' });
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    // tsx compiles with esbuild's keepNames, which wraps named inner functions in a __name() the page lacks.
    await page.evaluate('globalThis.__name ??= (fn) => fn');
    await page.evaluate(probe);
    return await measure(page);
  } finally {
    await context.close();
  }
}

/**
 * Walks the wizard by clicking as a user would, across the symptoms in turn: a symptom on the start page, its
 * options (a different one each time), a Back link once per symptom, and "start again" on the remedy page. Each
 * click is one step; the page times it from the click to the frame painted after the new step's h1.
 */
function transitions(browser: Browser, origin: string, pages: BenchPages): Promise<Row> {
  return onProbedStartPage(browser, origin, pages, installProbe, async (page) => {
    let symptom = 0;
    let backTaken = false;
    const labels: string[] = [];
    // Scripts fetched during each step (lazy chunks), to tell a slow step that waited on the network.
    let fetched = 0;
    page.on('request', (request) => {
      if (request.resourceType() === 'script') fetched++;
    });
    for (let step = 0; step < TRANSITIONS; step++) {
      const kind = await page.evaluate(() => {
        if (document.querySelector('ul.symptoms a')) return 'start';
        if (document.querySelector('ul.options a')) return 'question';
        if (document.querySelector('.remedy-nav a')) return 'remedy';
        return 'other';
      });
      let selector: string;
      if (kind === 'start') {
        const target = pages.symptoms[symptom++ % pages.symptoms.length] as string;
        selector = `ul.symptoms a[href="${target}"]`;
        backTaken = false;
      } else if (kind === 'question') {
        const answered = await page.evaluate(() => location.pathname.split('/').filter(Boolean).length > 2);
        if (answered && !backTaken) {
          selector = '.step-nav a';
          backTaken = true;
        } else {
          const options = await page.locator('ul.options a').count();
          selector = `ul.options li:nth-child(${(step % options) + 1}) a`;
        }
      } else if (kind === 'remedy') {
        selector = '.remedy-nav a >> nth=0';
      } else {
        throw new Error(`step ${step + 1}: ${page.url()} shows neither symptoms, options nor a remedy`);
      }
      const before = await recorded(page);
      const from = new URL(page.url()).pathname;
      fetched = 0;
      await page.click(selector);
      await page
        .waitForFunction(
          (n) =>
            ((window as unknown as { __bench?: { samples: number[] } }).__bench?.samples.length ?? -1) > n,
          before,
          { timeout: 10_000 },
        )
        .catch(() => {
          throw new Error(`step ${step + 1} (${selector} on ${page.url()}) was not a client-side step`);
        });
      const chunks = fetched > 0 ? ` (fetched ${fetched} script${fetched === 1 ? '' : 's'})` : '';
      labels.push(`${kind} ${selector}: ${from} -> ${new URL(page.url()).pathname}${chunks}`);
      // A moment between clicks, as a person takes (and for the step's focus and effects to settle).
      await page.waitForTimeout(50);
    }
    const samples = await page.evaluate(
      () => (window as unknown as { __bench: { samples: number[] } }).__bench.samples,
    );
    const p95 = quantile(samples, 0.95);
    const slowest = samples.map((ms, i) => ({ ms, label: labels[i] ?? '' })).sort((a, b) => b.ms - a.ms);
    for (const { ms, label } of slowest.slice(0, 5)) progress(`  slow step ${formatMs(ms)}: ${label}`);
    return judged(TRANSITION, `${formatMs(median(samples))} / ${formatMs(p95)}`, 'p95 <= 50 ms', p95 <= 50);
  });
}

/**
 * What the start page records per keystroke in its search box: from the input event to the frame painted after
 * the page's DOM changed for it (the results list, its count). A keystroke that changes nothing on screen within
 * ten frames is counted apart, so a list that never updates shows as a count, not as a fast time.
 */
function installKeyProbe(): void {
  const probe = { samples: [] as number[], unchanged: 0 };
  (window as unknown as { __keys: typeof probe }).__keys = probe;
  document.addEventListener(
    'input',
    () => {
      const t0 = performance.now();
      let changed = false;
      let frames = 0;
      const observer = new MutationObserver(() => {
        changed = true;
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      const frame = () => {
        frames += 1;
        if (!changed && frames < 10) {
          requestAnimationFrame(frame);
          return;
        }
        observer.disconnect();
        if (!changed) probe.unchanged += 1;
        setTimeout(() => probe.samples.push(performance.now() - t0), 0);
      };
      requestAnimationFrame(frame);
    },
    true,
  );
}

/** Types the query set into the start page's search box a key at a time; p95 from key to results painted. */
function keystrokePaint(
  browser: Browser,
  origin: string,
  pages: BenchPages,
  queries: readonly SearchQuery[],
): Promise<Row> {
  // The search loads after the start page's paint; a person starts typing once it is there.
  return onProbedStartPage(browser, origin, pages, installKeyProbe, async (page) => {
    const box = page.locator('#root input[type="search"]');
    const count = () =>
      page.evaluate(() => (window as unknown as { __keys: { samples: number[] } }).__keys.samples.length);
    for (const { query } of queries) {
      await box.fill('');
      await page.waitForTimeout(50);
      await box.focus();
      for (const key of query) {
        const before = await count();
        await page.keyboard.type(key);
        await page.waitForFunction(
          (n) => (window as unknown as { __keys: { samples: number[] } }).__keys.samples.length > n,
          before,
          { timeout: 5_000 },
        );
      }
    }
    const { samples, unchanged } = await page.evaluate(
      () => (window as unknown as { __keys: { samples: number[]; unchanged: number } }).__keys,
    );
    const p95 = quantile(samples, 0.95);
    const value = `${formatMs(median(samples))} / ${formatMs(p95)} (${samples.length} keys, ${unchanged} changed nothing)`;
    return judged(KEYSTROKE, value, 'p95 <= 16 ms', p95 <= 16);
  });
}

/** The browser measures: the JS a remedy page loads, and step transitions; a row saying why where they cannot run. */
export async function benchBrowser(
  origin: string,
  dist: string,
  pages: BenchPages,
  queries: readonly SearchQuery[],
  flags: readonly string[] = [],
): Promise<Row[]> {
  let browser: Browser;
  try {
    progress('launching Chromium');
    browser = await launchChromium(flags);
  } catch (error) {
    const why = reason(error);
    return [
      skipped(REMEDY_JS, why, '<= 130 kB'),
      skipped(TRANSITION, why, 'p95 <= 50 ms'),
      skipped(KEYSTROKE, why, 'p95 <= 16 ms'),
    ];
  }
  try {
    const rows: Row[] = [];
    progress(`loading ${pages.remedy} and collecting its scripts`);
    rows.push(
      await remedyJs(browser, origin, dist, pages).catch((e) => skipped(REMEDY_JS, reason(e), '<= 130 kB')),
    );
    progress(`timing ${TRANSITIONS} step transitions`);
    rows.push(
      await transitions(browser, origin, pages).catch((e) => skipped(TRANSITION, reason(e), 'p95 <= 50 ms')),
    );
    progress('typing the search query set on the start page');
    rows.push(
      await keystrokePaint(browser, origin, pages, queries).catch((e) =>
        skipped(KEYSTROKE, reason(e), 'p95 <= 16 ms'),
      ),
    );
    return rows;
  } finally {
    await browser.close();
  }
}
