/**
 * Issue 5 (accessibility, beyond axe): readable at 400% zoom, i.e. at 320 CSS pixels wide, with no horizontal
 * scrolling; operable by keyboard alone from page load (the skip link first, then the first option, Enter moves a
 * step, focus lands on the new heading); focus always visible.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { findQuestion } from '../../src/tree/resolve.ts';
import type { Lang } from '../../src/tree/lang.ts';
import type { Question } from '../../src/tree/compiled.ts';
import type { FlowState } from '../../src/tree/state.ts';
import { focusIsOnH1, problems, urlOf, waitForApp, waitForPath, sharedBrowser } from './support/browser.ts';
import { pathOf, tree, walk } from './support/site.ts';

const { fresh } = sharedBrowser();

/** How long a question page is in a language: its options first, then the characters of its words. */
function pageLength(question: Question, lang: Lang): [number, number] {
  const words = [question.label, question.hint, ...question.options.map((o) => o.label)];
  return [question.options.length, words.reduce((n, w) => n + (w?.[lang].length ?? 0), 0)];
}

/** The longest question page of a language (the first reached, of equals), found among every state of the tree. */
function longestQuestion(lang: Lang): FlowState & { kind: 'question' } {
  const asked = enumerateStates(tree).filter(
    (s): s is FlowState & { kind: 'question' } => s.kind === 'question',
  );
  const length = (s: FlowState & { kind: 'question' }) =>
    pageLength(findQuestion(tree, s.question) as Question, lang);
  return asked.reduce((longest, s) => {
    const [a, b] = [length(s), length(longest)];
    return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]) ? s : longest;
  });
}

/** A remedy with a verdict table (the licence table scrolls inside its own box, never the page). */
const licenceRemedy = walk('other-problem', 'unsure').at(-1) as FlowState;
const permissionRemedy = walk('reset-page-not-visible', 'unsure').at(-1) as FlowState;

const NARROW_PAGES: string[] = [
  '/nb/',
  '/en/',
  pathOf('nb', longestQuestion('nb')),
  pathOf('en', longestQuestion('en')),
  pathOf('nb', licenceRemedy),
  pathOf('en', permissionRemedy),
  pathOf('nb', walk('how-to-reset', 'first').at(-1) as FlowState),
  '/nb/about/',
  '/en/no-such-page/',
];

test.each(NARROW_PAGES)(
  '%s at 320 x 640 (as at 400 percent zoom) needs no horizontal scrolling',
  async (path) => {
    const p = await fresh({ viewport: { width: 320, height: 640 } });
    const { page, record } = p;
    await page.goto(urlOf(path));
    await waitForApp(page);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      // What sticks out, for the failure message.
      wide: [...document.querySelectorAll('#root *')]
        .filter((e) => e.getBoundingClientRect().right > 320.5)
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    }));
    expect(widths.scroll, `wider than 320: ${widths.wide.join(', ')}`).toBeLessThanOrEqual(320);
    expect(widths.client).toBe(320);
    expect(problems(record, { notFoundDocuments: true })).toEqual([]);
  },
);

/** The focused element: what it is, and whether its focus is visible (an outline that is not none). */
function focused(page: Page) {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    const style = e ? getComputedStyle(e) : undefined;
    return {
      tag: e?.tagName.toLowerCase(),
      text: e?.textContent?.trim(),
      href: e?.getAttribute('href'),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
      visible: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  });
}

test.each([
  ['nb', walk('reset-button-greyed-out', 'first')],
  ['en', walk('on-prem-integration-not-visible', 'unsure')],
] as const)('in %s, by keyboard alone: skip link, first option, Enter moves a step', async (lang, states) => {
  const p = await fresh();
  const { page, record } = p;
  const copy = lang === 'en' ? en : nb;
  const first = pathOf(lang, states[0] as FlowState);
  await page.goto(urlOf(first));
  await waitForApp(page);

  await page.keyboard.press('Tab');
  const skip = await focused(page);
  expect(skip).toMatchObject({ tag: 'a', text: copy.app.skipToContent, href: '#main', visible: true });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

  for (const [i, state] of states.entries()) {
    if (state.kind === 'remedy') break;
    // From the heading (or the main landmark), Tab reaches the first option: the heading is not a tab stop.
    await page.keyboard.press('Tab');
    const option = await focused(page);
    const firstOption = tree.questions.find((q) => q.id === state.question)?.options[0];
    expect(option).toMatchObject({ tag: 'a', visible: true });
    expect(option.text?.startsWith(firstOption?.label[lang] ?? '?')).toBe(true);
    const next = states[i + 1] as FlowState;
    if (option.href !== pathOf(lang, next)) {
      // The walk picks "not sure": move down the options to the last one.
      const count = (tree.questions.find((q) => q.id === state.question)?.options.length ?? 1) - 1;
      for (let k = 0; k < count; k++) await page.keyboard.press('Tab');
      expect((await focused(page)).href).toBe(pathOf(lang, next));
    }
    await page.keyboard.press('Enter');
    await waitForPath(page, pathOf(lang, next));
    await expect.poll(() => focusIsOnH1(page)).toBe(true);
  }
  expect(await page.locator('#root h1').textContent()).toBe(
    tree.symptoms.find((s) => s.id === states[0]?.symptom)?.heading[lang],
  );
  expect(problems(record)).toEqual([]);
});

test('every kind of focusable control shows its focus', async () => {
  const p = await fresh();
  const { page, record } = p;
  const remedy = pathOf('nb', walk('policy-testing', 'first').at(-1) as FlowState);
  await page.goto(urlOf(remedy));
  await waitForApp(page);
  // Tab through the whole page, until focus leaves it or wraps round: every stop shows a visible outline.
  const stops: Awaited<ReturnType<typeof focused>>[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    const first = stops[0];
    if (f.tag === 'body' || (first && f.tag === first.tag && f.text === first.text && f.href === first.href))
      break;
    stops.push(f);
  }
  expect(stops.length).toBeGreaterThan(5);
  expect(stops.map((s) => s.tag)).toContain('button');
  expect(stops.filter((s) => !s.visible)).toEqual([]);
  expect(problems(record)).toEqual([]);
});
