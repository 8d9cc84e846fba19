/**
 * Generated hostile URLs (fast-check, fixed seed; tests/tree/hostile-urls.test.ts runs 2,000 of the same kind through
 * the URL parser in Node) opened in Chromium against the served site. For each: no uncaught error, never a blank page (an h1 with text), a link onward (the start page or
 * a symptom), the page is a canonical page of the site or the not-found page, and nothing from the URL was rendered
 * as markup (no script or img in #root, nothing executed, no request elsewhere, no CSP violation).
 */
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';
import { placePath, parsePath } from '../../src/tree/paths.ts';
import { baseURL, launchBrowser, openPage, problems, urlOf, waitForApp } from './support/browser.ts';
import type { RecordedPage } from './support/browser.ts';
import { tree } from './support/site.ts';

/** The seed of the generated URLs: the same ones every run. */
const SEED = 20261127;
/** How many URLs are generated: enough to end on every kind of page (asserted below). */
const RUNS = 80;
/** How many pages of one browser open the URLs at once (the machine has 2 cores). */
const SWEEPERS = Number(process.env.E2E_SWEEPERS ?? 2);

/** Markup that would betray itself if rendered: it sets `window.__pwned`, or asks for a URL elsewhere. */
const MARKUP = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  '<img src="https://evil.example/x.png">',
  'javascript:window.__pwned=1',
  '<a href="//evil.example/">x</a>',
];

const symptomIds = tree.symptoms.map((s) => s.id);
const questionIds = tree.questions.map((q) => q.id);
const optionIds = [...new Set(tree.questions.flatMap((q) => q.options.map((o) => o.id)))];

/** A segment of a hostile path, as it would be typed or pasted (raw: the browser encodes what it must). */
const hostileSegment = fc.oneof(
  fc.constantFrom(
    '..',
    '.',
    '%2F',
    '%2f..%2f',
    '%00',
    'a%00b',
    '%',
    '%E0%A4%A',
    '%zz',
    '%C0%AF',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '\u202Ereset-button-greyed-out',
    'nb\u200F',
    '\u202Bnot-sure\u202C',
    'NB',
    'reset-button-greyed-out ',
    '%20',
    '\\',
    '~',
    'index.html',
    '404.html',
  ),
  fc.constantFrom(...MARKUP),
  fc.constantFrom(...symptomIds, ...questionIds, ...optionIds),
  fc.integer({ min: 256, max: 4000 }).map((n) => 'a'.repeat(n)),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[a-z-]{1,20}$/),
);

/** Known question/option pairs, in any order and repeated, with hostile ones mixed in. */
const pair = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...tree.questions)
      .chain((q) => fc.tuple(fc.constant(q.id), fc.constantFrom(...q.options.map((o) => o.id)))),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...questionIds), hostileSegment) },
  { weight: 1, arbitrary: fc.tuple(hostileSegment, hostileSegment) },
);

const suffix = fc.constantFrom(
  '',
  '',
  '?',
  '?q=<script>window.__pwned=1</script>',
  '?__proto__[polluted]=1&constructor=x',
  '#main',
  '#<img src=x onerror=window.__pwned=1>',
  '?x=%',
  '#%E0%A4%A',
  '?a=1#/nb/reset-button-greyed-out/',
);

/** A path: a language (or something else), a symptom (or something else), pairs, maybe a trailing slash. */
const hostilePath = fc
  .record({
    // Mostly a real language and symptom, so that most URLs exercise the replay of the pairs after them.
    lang: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('nb', 'en') },
      { weight: 1, arbitrary: fc.constantFrom('xx', '', 'about', 'NB') },
      { weight: 1, arbitrary: hostileSegment },
    ),
    symptom: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...symptomIds) },
      { weight: 1, arbitrary: fc.constantFrom('about', '') },
      { weight: 1, arbitrary: hostileSegment },
    ),
    pairs: fc.array(pair, { maxLength: 7 }),
    slash: fc.boolean(),
    suffix,
  })
  .map(({ lang, symptom, pairs, slash, suffix: end }) => {
    const segments = [lang, symptom, ...pairs.flat()].filter((s) => s !== '');
    return `/${segments.join('/')}${slash ? '/' : ''}${end}`;
  });

/** The generated URLs, and a few written out that must always be among them. */
const URLS = [
  '/nb/reset-button-greyed-out/%2F..%2F..%2Fetc%2Fpasswd/',
  '/nb/<script>window.__pwned=1</script>/',
  '/en/__proto__/constructor/prototype/',
  '/nb/reset-button-greyed-out/your-role/global-admin/your-role/helpdesk-admin/your-role/not-sure/',
  '/nb/reset-button-greyed-out/target-role/global-admin/target-account/cloud-member/your-role/helpdesk-admin/',
  `/nb/${'x'.repeat(5000)}/`,
  '/nb/%00/',
  '/en/%E0%A4%A/',
  '//evil.example/nb/',
  '/nb/?q=<script>window.__pwned=1</script>',
  '/en//#<img src=x onerror=window.__pwned=1>',
  '/nb/x/../',
  '/?lang=<script>',
  ...fc.sample(hostilePath, { seed: SEED, numRuns: RUNS }),
];

/** React Router's warning for a path it cannot percent-decode: expected for broken encodings, and harmless. */
const UNDECODABLE = /could not be decoded because it is a malformed URL segment/;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test(`${URLS.length} hostile URLs: never an error, a blank page or injected markup; always a way onward`, async () => {
  const failures: string[] = [];
  const started = performance.now();
  const notFoundTitles = [nb.notFound.title, en.notFound.title];
  const origin = new URL(baseURL).origin;
  const outcomes: Record<string, number> = {};
  const queue = [...URLS];

  /** Opens the queue's URLs one after another in one page, until the queue is empty. */
  const sweep = async () => {
    const p = await openPage(browser);
    try {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) await open(p, path);
    } finally {
      await p.context.close();
    }
  };

  const open = async (p: RecordedPage, path: string) => {
    const { page } = p;
    p.clear();
    const url = urlOf(path);
    const short = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
    const fail = (what: string) => failures.push(`${short(JSON.stringify(path))}: ${short(what)}`);
    try {
      await page.goto(url);
      // The app is ready on the URL it ends on (after any redirect to the canonical URL).
      await waitForApp(page, 10_000);
    } catch (error) {
      fail(`did not render: ${String(error).split('\n')[0] ?? ''}`);
      return;
    }
    const seen = await page.evaluate(() => ({
      pathname: window.location.pathname,
      origin: window.location.origin,
      h1: document.querySelector('#root h1')?.textContent?.trim() ?? '',
      injected: document.querySelectorAll('#root script, #root img, #root svg, #root iframe').length,
      pwned: (window as { __pwned?: unknown }).__pwned,
      onward: [...document.querySelectorAll('#root a[href]')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => /^\/(nb|en)\/([a-z-]+\/)?$/.test(href)),
      hrefs: [...document.querySelectorAll('#root a[href]')].map((a) => a.getAttribute('href') ?? ''),
    }));
    const others = problems(p.record, { notFoundDocuments: true }).filter(
      (line) => !UNDECODABLE.test(line) || !line.startsWith('console warning'),
    );
    if (others.length > 0) fail(others.join('; '));
    if (seen.origin !== origin) fail(`left the site for ${seen.origin}`);
    if (seen.h1 === '') fail('blank page: no h1 with text');
    if (seen.onward.length === 0) fail('no link to a start page or a symptom');
    if (seen.injected > 0) fail(`${seen.injected} script/img/svg/iframe elements in #root`);
    if (seen.pwned !== undefined) fail('markup from the URL ran');
    const unsafe = seen.hrefs.filter(
      (href) => !href.startsWith('/') && !href.startsWith('#') && !href.startsWith('https://'),
    );
    if (unsafe.length > 0) fail(`links that are not the site's or https: ${unsafe.join(', ')}`);
    // Either a canonical page of the site, or the not-found page (which keeps the URL asked for).
    const place = parsePath(tree, seen.pathname);
    const canonical = placePath(tree, place);
    const isNotFound = notFoundTitles.includes(seen.h1);
    if (!isNotFound && canonical !== seen.pathname && seen.pathname !== '/')
      fail(`stayed on a non-canonical URL ${seen.pathname} (canonical: ${canonical ?? 'none'})`);
    if (isNotFound !== (place.kind === 'not-found'))
      fail(`not-found page shown for ${seen.pathname}: ${isNotFound}`);
    const outcome = place.kind === 'flow' ? place.state.kind : place.kind;
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  };
  await Promise.all(Array.from({ length: SWEEPERS }, sweep));

  const seconds = (performance.now() - started) / 1000;
  console.log(
    `[hostile URLs] ${URLS.length} URLs in ${seconds.toFixed(0)} s, ended on: ${JSON.stringify(outcomes)}`,
  );
  // The generated URLs reach every kind of page, not only the not-found page.
  expect(Object.keys(outcomes)).toEqual(expect.arrayContaining(['not-found', 'start', 'question', 'remedy']));
  expect(failures.slice(0, 40), `${failures.length} failures`).toEqual([]);
}, 600_000);
