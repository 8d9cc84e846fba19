/**
 * The prerendered site without JavaScript, in Chromium. The start page lists every symptom once under its group's
 * h2; from /nb/, the two symptoms with the longest walks reach their remedy (with its links and the whole section)
 * by following links, each page naming its symptom in `<title>` and `og:title`; the controls that need JavaScript
 * say so; an unknown URL gets the 404 page with status 404 (and, with JavaScript, the not-found page in the URL's
 * language or the nearest valid step). What the markup alone proves is checked on every page in Node
 * (built-pages.e2e.ts): each question's options link to the next states, each remedy shows its whole section,
 * titles, and every link resolves.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';
import { parsePath, startPath } from '../../src/tree/paths.ts';
import { LANGS } from '../../src/tree/lang.ts';
import type { Lang } from '../../src/tree/lang.ts';
import type { FlowState } from '../../src/tree/state.ts';
import { h1Text, problems, sharedBrowser, urlOf, waitForPath } from './support/browser.ts';
import { expectedLinks, pathOf, symptomOf, symptomPathOf, tree, walk } from './support/site.ts';
import type { Pick } from './support/site.ts';

const SYMPTOMS = tree.symptoms.map((s) => s.id);
/** The symptoms walked here by clicking: the two whose walks through their first options are the longest. */
const WALKED = [...SYMPTOMS].sort((a, b) => walk(b, 'first').length - walk(a, 'first').length).slice(0, 2);

const { fresh } = sharedBrowser();

/** The page's `<title>` and `og:title`. */
async function titles(page: Page) {
  return {
    title: await page.title(),
    og: await page.locator('head meta[property="og:title"]').getAttribute('content'),
  };
}

/** Follows a link as a plain browser does (a new document) and expects the page at `expected` with status 200. */
async function follow(page: Page, href: string, expected: string) {
  const link = page.locator(`#root a[href="${href}"]`).first();
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => r.request().isNavigationRequest()),
    link.click(),
  ]);
  await page.waitForURL(urlOf(expected));
  expect(response.status(), expected).toBe(200);
}

describe('without JavaScript, from /nb/', () => {
  describe.each(['first', 'unsure'] as Pick[])('following always the %s option', (pick) => {
    // Two walks at once (maxConcurrency in vitest.e2e.config.ts): most of a step is waiting on the browser.
    test.concurrent.for(WALKED)(
      '%s reaches its remedy, with its links and the whole section',
      async (symptomId, { onTestFinished, expect }) => {
        const { page, record } = await fresh({ javaScriptEnabled: false }, onTestFinished);
        const states = walk(symptomId, pick);
        const symptom = symptomOf(symptomId);
        await page.goto(urlOf('/nb/'));
        // Without JavaScript there is no filter box (it needs JavaScript).
        expect(await page.locator('input').count()).toBe(0);
        await follow(page, symptomPathOf('nb', symptomId), pathOf('nb', states[0] as FlowState));

        for (const [i, state] of states.entries()) {
          const { title, og } = await titles(page);
          expect(title, `title of ${page.url()}`).toContain(symptom.heading.nb);
          expect(og).toBe(title);
          if (state.kind === 'remedy') break;
          const options = page.locator('#root ul.options > li > a');
          const href = (await (pick === 'first' ? options.first() : options.last()).getAttribute(
            'href',
          )) as string;
          const next = pathOf('nb', states[i + 1] as FlowState);
          expect(href).toBe(next);
          await follow(page, href, next);
        }

        const remedy = states.at(-1) as FlowState & { kind: 'remedy' };
        expect(await h1Text(page)).toBe(symptom.heading.nb);
        const links = await page
          .locator('#root ul.links a')
          .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
        expect(links).toEqual(expectedLinks(remedy, 'nb'));
        // The whole section: what applies, every other item under "also check", and under it a line for each item
        // set aside (left out because what it asserts is untrue for these answers).
        const ids = (prefix: string) =>
          page
            .locator(`#root [id^="${prefix}"]`)
            .evaluateAll((elements, p) => elements.map((e) => e.id.slice(p.length)), prefix);
        const [shown, setAside] = [await ids('item-'), await ids('set-aside-')];
        expect([...shown].sort()).toEqual([...remedy.applies.map((a) => a.item), ...remedy.alsoCheck].sort());
        expect(setAside).toEqual(remedy.setAside.map((s) => s.item));
        expect([...shown, ...setAside].sort()).toEqual(symptom.items.map((i) => i.id).sort());
        // Copy and print need JavaScript: no buttons, a sentence saying so.
        expect(await page.locator('#root button').count()).toBe(0);
        expect(await page.locator('#root .actions-note').textContent()).toBe(nb.remedy.needsScript);
        expect(problems(record)).toEqual([]);
      },
    );
  });
});

describe('the grouped start page without JavaScript', () => {
  test.each(LANGS)(
    'in %s, every group is an h2 over a list, and every symptom is linked once',
    async (lang) => {
      const { page, record } = await fresh({ javaScriptEnabled: false });
      await page.goto(urlOf(startPath(lang)));
      const groups = await page.locator('#root main section').evaluateAll((sections) =>
        sections.map((section) => ({
          heading: section.querySelector(':scope > h2')?.textContent ?? null,
          labelled: section.getAttribute('aria-labelledby') === section.querySelector(':scope > h2')?.id,
          links: [...section.querySelectorAll(':scope > ul > li > a')].map((a) => a.getAttribute('href')),
        })),
      );
      expect(groups.map((g) => g.heading)).toEqual(tree.groups.map((g) => g.heading[lang]));
      for (const g of groups) expect(g.labelled).toBe(true);
      expect(groups.flatMap((g) => g.links)).toEqual(
        tree.groups.flatMap((g) => g.symptoms.map((id) => symptomPathOf(lang, id))),
      );
      expect(groups.flatMap((g) => g.links).sort()).toEqual(
        SYMPTOMS.map((id) => symptomPathOf(lang, id)).sort(),
      );
      expect(problems(record)).toEqual([]);
    },
  );
});

describe('an unknown URL', () => {
  test.each([
    ['/nb/finnes-ikke/', 'nb'],
    ['/en/no-such-symptom/', 'en'],
    ['/nb/reset-button-greyed-out/your-role/no-such-role/', 'nb'],
  ] as [string, Lang][])(
    "without JavaScript, %s gets status 404 and its language's 404 page",
    async (path, lang) => {
      const { page, record } = await fresh({ javaScriptEnabled: false });
      const response = await page.goto(urlOf(path));
      expect(response?.status()).toBe(404);
      // The URL's language has a 404 page of its own, with a link to its start page.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await h1Text(page)).toBe((lang === 'en' ? en : nb).notFound.title);
      expect(await page.locator(`#root main a[href="${startPath(lang)}"]`).count()).toBe(1);
      expect(await page.locator('#root main [lang]').count()).toBe(0);
      expect(problems(record, { notFoundDocuments: true })).toEqual([]);
    },
  );

  test('without JavaScript, a URL of no language gets status 404 and the 404 page in both', async () => {
    const { page, record } = await fresh({ javaScriptEnabled: false });
    const response = await page.goto(urlOf('/no-such-language/'));
    expect(response?.status()).toBe(404);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(await h1Text(page)).toBe(nb.notFound.title);
    expect(await page.locator(`#root main a[href="${startPath('nb')}"]`).count()).toBe(1);
    // ... and says the same in English, with a link to the English start page.
    expect(await page.locator('#root main [lang="en"] h2').textContent()).toBe(en.notFound.title);
    expect(await page.locator(`#root main [lang="en"] a[href="${startPath('en')}"]`).count()).toBe(1);
    expect(problems(record, { notFoundDocuments: true })).toEqual([]);
  });

  const withScript: [string, Lang, string | undefined][] = [
    ['/nb/finnes-ikke/', 'nb', undefined],
    ['/en/no-such-symptom/', 'en', undefined],
    ['/xx/reset-button-greyed-out/', 'nb', 'reset-button-greyed-out'],
    ['/en/about/extra/', 'en', undefined],
  ];

  test.each(withScript)(
    'with JavaScript, %s gets status 404 and the not-found page in its language',
    async (path, lang, symptom) => {
      const { page, record } = await fresh();
      const response = await page.goto(urlOf(path));
      expect(response?.status()).toBe(404);
      await waitForPath(page, path);
      const copy = lang === 'en' ? en : nb;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await h1Text(page)).toBe(copy.notFound.title);
      expect(await page.title()).toContain(copy.notFound.title);
      expect(await page.locator(`#root main a[href="${startPath(lang)}"]`).count()).toBe(1);
      if (symptom) {
        const link = page.locator(`#root main a[href="${symptomPathOf(lang, symptom)}"]`);
        expect(await link.textContent()).toContain(symptomOf(symptom).heading[lang]);
      }
      // The page keeps the URL asked for: it is no page of the site, so it has no canonical URL of its own.
      expect(await page.locator('head link[rel="canonical"]').count()).toBe(0);
      expect(problems(record, { notFoundDocuments: true })).toEqual([]);
    },
  );

  const replayed: [string, string][] = [
    // An unknown answer is dropped: the symptom's first question.
    ['/en/reset-button-greyed-out/your-role/no-such-role/', '/en/reset-button-greyed-out/'],
    // Pairs in the wrong order, one repeated: the canonical state of the valid ones.
    [
      '/nb/reset-button-greyed-out/target-account/cloud-member/your-role/helpdesk-admin/your-role/global-admin/',
      '/nb/reset-button-greyed-out/your-role/helpdesk-admin/target-account/cloud-member/',
    ],
    // A half pair at the end is dropped.
    ['/nb/policy-testing/tested-as/', '/nb/policy-testing/'],
  ];

  test.each(replayed)('with JavaScript, %s replays to the nearest valid step', async (path, expected) => {
    const { page, record } = await fresh();
    const response = await page.goto(urlOf(path));
    expect(response?.status()).toBe(404);
    await waitForPath(page, expected);
    const place = parsePath(tree, expected);
    if (place.kind !== 'flow' || place.state.kind !== 'question') throw new Error('expected a question');
    const lang = place.lang;
    const question = tree.questions.find((q) => q.id === (place.state as { question: string }).question);
    expect(await h1Text(page)).toBe(question?.label[lang]);
    expect(await page.title()).toContain(symptomOf(place.state.symptom).heading[lang]);
    // Replaced, not pushed: the history holds the new tab's blank page and this one, not the broken URL too.
    expect(await page.evaluate(() => history.length)).toBe(2);
    expect(problems(record, { notFoundDocuments: true })).toEqual([]);
  });
});
