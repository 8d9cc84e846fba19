/**
 * The wizard in Chromium, with JavaScript, by clicking alone. Every symptom reaches its remedy from one start page
 * always taking the first option (with axe on every step) and from the other always taking "not sure", the
 * languages alternating from symptom to symptom; Back and Forward move one step; a remedy
 * URL opened afresh shows the same remedy; the language switch keeps the state; the ticket summary reaches the
 * clipboard; Change keeps later answers; focus lands on the new heading; the filter narrows the list.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';
import { createI18n } from '../../src/i18n/i18n.ts';
import { remedySummary } from '../../src/features/remedy/ticket-summary.ts';
import { backState, changeState, chooseState, startPath } from '../../src/tree/paths.ts';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { findQuestion } from '../../src/tree/resolve.ts';
import { LANGS } from '../../src/tree/lang.ts';
import type { Lang } from '../../src/tree/lang.ts';
import type { Answer, FlowState } from '../../src/tree/state.ts';
import { NB_POLICY_PATH, nbPolicySummary } from '../features/remedy/expected-summaries.ts';
import {
  axeViolations,
  baseURL,
  focusIsOnH1,
  h1Text,
  problems,
  urlOf,
  waitForPath,
  sharedBrowser,
} from './support/browser.ts';
import type { RecordedPage } from './support/browser.ts';
import { expectedLinks, pathOf, symptomOf, symptomPathOf, tree, walk, walkThrough } from './support/site.ts';
import type { Pick } from './support/site.ts';

const COPY: Record<Lang, typeof nb> = { nb, en };
const SYMPTOMS = tree.symptoms.map((s) => s.id);

const { fresh } = sharedBrowser();

/** What a remedy page shows, to compare two renderings of it. */
async function remedySnapshot(page: Page) {
  return page.evaluate(() => ({
    h1: document.querySelector('#root h1')?.textContent?.trim(),
    items: [...document.querySelectorAll('#root [id^="item-"]')].map(
      (e) => `${e.id}: ${(e.textContent ?? '').replace(/\s+/g, ' ').trim()}`,
    ),
    links: [...document.querySelectorAll('#root ul.links a')].map((a) => a.getAttribute('href')),
  }));
}

/**
 * Clicks a link and waits for the page the app shows for `expected`; then focus must be on its heading. A concurrent
 * test passes its own `expect` (`expect.poll` needs to know its test).
 */
async function step(page: Page, link: ReturnType<Page['locator']>, expected: string, check = expect) {
  await link.click();
  await waitForPath(page, expected);
  await check.poll(() => focusIsOnH1(page), { message: `focus on the h1 of ${expected}` }).toBe(true);
}

/** Checks a question page against the tree: its heading, and its options in order with "not sure" last. */
async function expectQuestionPage(page: Page, lang: Lang, state: FlowState & { kind: 'question' }) {
  const question = findQuestion(tree, state.question);
  expect(await h1Text(page)).toBe(question?.label[lang]);
  const labels = await page
    .locator('#root ul.options > li > a')
    .evaluateAll((links) => links.map((a) => a.firstChild?.textContent ?? ''));
  expect(labels).toEqual(question?.options.map((o) => o.label[lang]));
}

/** Checks a remedy page against the tree: heading, every applying item, and the section's links. */
async function expectRemedyPage(page: Page, lang: Lang, state: FlowState & { kind: 'remedy' }) {
  const symptom = symptomOf(state.symptom);
  expect(await h1Text(page)).toBe(symptom.heading[lang]);
  const applying = await page
    .locator('#root section[aria-labelledby="applies-heading"] [id^="item-"]')
    .evaluateAll((items) => items.map((i) => i.id.slice('item-'.length)));
  expect(applying).toEqual(state.applies.map((a) => a.item));
  const links = await page
    .locator('#root ul.links a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(links).toEqual(expectedLinks(state, lang));
  const symptomHasLinks = symptom.items.some((item) =>
    JSON.stringify(item.content[lang]).includes('"type":"link"'),
  );
  if (symptomHasLinks) expect(links.length).toBeGreaterThan(0);
}

describe.each(LANGS)('from /%s/, clicking options alone', (lang) => {
  const other: Lang = lang === 'nb' ? 'en' : 'nb';

  // Two walks at once (maxConcurrency in vitest.e2e.config.ts): most of a step is waiting on the browser.
  describe.each(['first', 'unsure'] as Pick[])('always the %s option', (pick) => {
    // Each symptom is walked once per language: its first options in one language and its "not sure" answers in
    // the other, alternately; each remedy is checked in both languages below (the language switch).
    const symptoms = SYMPTOMS.filter((_, i) => (i + (pick === 'first' ? 0 : 1)) % 2 === LANGS.indexOf(lang));
    test.concurrent.for(symptoms)('%s reaches its remedy', async (symptomId, { onTestFinished, expect }) => {
      const { page, record } = await fresh({}, onTestFinished);
      const states = walk(symptomId, pick);
      // axe on every step of the first options' walks: the pages as client navigation renders them.
      const axe: string[] = [];
      const checkAxe = async (state: FlowState) => {
        if (pick === 'first')
          axe.push(...(await axeViolations(page)).map((line) => `${pathOf(lang, state)}: ${line}`));
      };
      await page.goto(urlOf(startPath(lang)));
      await waitForPath(page, startPath(lang));

      await step(
        page,
        page.locator(`#root main a[href="${symptomPathOf(lang, symptomId)}"]`),
        pathOf(lang, states[0] as FlowState),
        expect,
      );
      for (const [i, state] of states.entries()) {
        await checkAxe(state);
        if (state.kind === 'remedy') break;
        await expectQuestionPage(page, lang, state);
        const links = page.locator('#root ul.options > li > a');
        await step(
          page,
          pick === 'first' ? links.first() : links.last(),
          pathOf(lang, states[i + 1] as FlowState),
          expect,
        );
      }
      expect(axe).toEqual([]);
      const remedy = states.at(-1) as FlowState & { kind: 'remedy' };
      expect(remedy.kind).toBe('remedy');
      await expectRemedyPage(page, lang, remedy);
      if (pick === 'unsure') expect(remedy.answers.length).toBeLessThanOrEqual(3);
      // Every step was a client-side navigation: one document for the whole walk.
      expect(record.documents).toEqual([urlOf(startPath(lang))]);

      // The remedy URL opened in a fresh context shows the same remedy.
      const shown = await remedySnapshot(page);
      const reopened = await fresh({}, onTestFinished);
      await reopened.page.goto(page.url());
      await waitForPath(reopened.page, pathOf(lang, remedy));
      expect(await remedySnapshot(reopened.page)).toEqual(shown);
      expect(problems(reopened.record)).toEqual([]);

      // The language switch goes to the same path under the other language's prefix.
      const switched = pathOf(lang, remedy).replace(`/${lang}/`, `/${other}/`);
      expect(pathOf(other, remedy)).toBe(switched);
      await step(page, page.locator('#root a.language-switch'), switched, expect);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(other);
      expect(await h1Text(page)).toBe(symptomOf(symptomId).heading[other]);
      await expect
        .poll(() => page.locator('#applies-heading').textContent())
        .toBe(COPY[other].remedy.applies);
      await expectRemedyPage(page, other, remedy);

      expect(problems(record)).toEqual([]);
    });
  });
});

/** Whether two answers are the same answer. */
const sameAnswer = (a: Answer, b: Answer) => a.question === b.question && a.option === b.option;

/** Another answer to the remedy's first question under which the later answers still apply, if there is one. */
function keepingChange(remedy: FlowState & { kind: 'remedy' }): string | undefined {
  const [first, ...later] = remedy.answers;
  if (!first) return undefined;
  const asked = changeState(tree, remedy, first.question);
  if (asked.kind !== 'question') return undefined;
  return findQuestion(tree, first.question)?.options.find((o) => {
    const next = chooseState(tree, asked, o.id);
    return (
      o.id !== first.option &&
      next.kind === 'remedy' &&
      later.every((answer) => next.answers.some((a) => sameAnswer(a, answer)))
    );
  })?.id;
}

/**
 * A walk of the permission verdict's symptom through the most questions any of its paths asks (at least three),
 * ending on a remedy whose first answer can be changed to another under which the later answers still apply.
 * Found in the tree, first in enumeration order.
 */
const LONG: { states: FlowState[]; remedy: FlowState & { kind: 'remedy' } } = (() => {
  const symptom = tree.symptoms.find((s) => s.verdict?.kind === 'permission');
  if (!symptom) throw new Error('no symptom with a permission verdict');
  const remedies = enumerateStates(tree).filter(
    (s): s is FlowState & { kind: 'remedy' } => s.kind === 'remedy' && s.symptom === symptom.id,
  );
  const depth = Math.max(...remedies.map((r) => r.answers.length));
  const remedy = remedies.find((r) => r.answers.length === depth && keepingChange(r) !== undefined);
  if (depth < 3 || !remedy)
    throw new Error(`${symptom.id}: no walk of three questions whose first answer can change`);
  const states = walkThrough(
    symptom.id,
    remedy.answers.map((a) => a.option),
  );
  if (pathOf('nb', states.at(-1) as FlowState) !== pathOf('nb', remedy))
    throw new Error(`${symptom.id}: walking the remedy's answers does not reach it`);
  return { states, remedy };
})();

/** The states of LONG's walk, from the first question to the remedy. */
function longWalk(): FlowState[] {
  expect(LONG.states.map((s) => s.kind)).toEqual([...LONG.remedy.answers.map(() => 'question'), 'remedy']);
  return LONG.states;
}

describe('history and Back', () => {
  test('history.back() and history.forward() move exactly one step', async () => {
    const { page, record } = await fresh();
    const paths = [startPath('nb'), ...longWalk().map((s) => pathOf('nb', s))];
    await page.goto(urlOf(paths[0] as string));
    await waitForPath(page, paths[0] as string);
    await step(page, page.locator(`#root main a[href="${paths[1]}"]`), paths[1] as string);
    for (let i = 2; i < paths.length; i++)
      await step(page, page.locator(`#root ul.options a[href="${paths[i]}"]`), paths[i] as string);

    for (let i = paths.length - 2; i >= 0; i--) {
      await page.evaluate(() => history.back());
      await waitForPath(page, paths[i] as string);
      await expect.poll(() => focusIsOnH1(page)).toBe(true);
    }
    for (let i = 1; i < paths.length; i++) {
      await page.evaluate(() => history.forward());
      await waitForPath(page, paths[i] as string);
      await expect.poll(() => focusIsOnH1(page)).toBe(true);
    }
    expect(await h1Text(page)).toBe(symptomOf(LONG.remedy.symptom).heading.nb);
    expect(record.documents).toHaveLength(1);
    expect(problems(record)).toEqual([]);
  });

  test('the Back link of each question goes to the step before it', async () => {
    const { page, record } = await fresh();
    const states = longWalk();
    const last = states.at(-2) as FlowState;
    await page.goto(urlOf(pathOf('nb', last)));
    await waitForPath(page, pathOf('nb', last));
    for (let state: FlowState | undefined = last; state;) {
      const before = backState(tree, state);
      const expected = before ? pathOf('nb', before) : startPath('nb');
      await step(page, page.locator('#root nav.step-nav a'), expected);
      state = before;
    }
    expect(await h1Text(page)).toBe(nb.start.title);
    expect(record.documents).toHaveLength(1);
    expect(problems(record)).toEqual([]);
  });
});

describe('the remedy page', () => {
  test('Change keeps the later answers that still apply', async () => {
    const { page, record } = await fresh();
    const remedy = longWalk().at(-1) as FlowState & { kind: 'remedy' };
    // Changing the first answer to one under which the later questions are still asked, with the same answers.
    const first = remedy.answers[0]?.question as string;
    const asked = changeState(tree, remedy, first);
    if (asked.kind !== 'question') throw new Error('Change should ask the question again');
    const choice = keepingChange(remedy);
    expect(choice, 'an option under which the later answers still apply').toBeDefined();
    const changed = chooseState(tree, asked, choice as string);

    await page.goto(urlOf(pathOf('nb', remedy)));
    await waitForPath(page, pathOf('nb', remedy));
    const label = findQuestion(tree, first)?.label.nb as string;
    await step(
      page,
      page.getByRole('link', { name: nb.remedy.changeLabel.replace('{{question}}', label) }),
      pathOf('nb', asked),
    );
    await step(
      page,
      page.locator(`#root ul.options a[href="${pathOf('nb', changed)}"]`),
      pathOf('nb', changed),
    );
    expect(changed.kind).toBe('remedy');
    const answers = await page
      .locator('#root .your-answers dd')
      .evaluateAll((dds) => dds.map((dd) => dd.firstChild?.textContent?.trim()));
    expect(answers).toEqual(
      changed.answers.map(
        (a) => findQuestion(tree, a.question)?.options.find((o) => o.id === a.option)?.label.nb,
      ),
    );
    expect(problems(record)).toEqual([]);
  });

  /** The summary the app should copy for a remedy path, built with the app's own functions and copy. */
  function expectedSummary(lang: Lang, state: FlowState & { kind: 'remedy' }, url: string): string {
    return remedySummary(tree, lang, state, url, createI18n().getFixedT(lang));
  }

  const summaryCases: [Lang, string, FlowState & { kind: 'remedy' }][] = [
    ['nb', 'policy-testing', walk('policy-testing', 'first').at(-1)],
    ['en', 'reset-button-greyed-out (a permission verdict)', longWalk().at(-1)],
    ['nb', 'other-problem (a licence verdict)', walk('other-problem', 'unsure').at(-1)],
    ['en', 'how-to-reset (no questions)', walk('how-to-reset', 'first').at(-1)],
  ] as [Lang, string, FlowState & { kind: 'remedy' }][];

  test.each(summaryCases)(
    '"Copy summary for a ticket" (%s, %s) puts the summary on the clipboard',
    async (lang, _name, state) => {
      const { page, context, record } = await fresh({ permissions: ['clipboard-read', 'clipboard-write'] });
      const path = pathOf(lang, state);
      await page.goto(urlOf(path));
      await waitForPath(page, path);
      await page.getByRole('button', { name: COPY[lang].remedy.copySummary }).click();
      await expect
        .poll(() => page.locator('#root .actions-status').textContent())
        .toBe(COPY[lang].remedy.copied);

      const text = await readClipboard(context);
      expect(text).toBe(expectedSummary(lang, state, urlOf(path)));
      expect(text).toContain(
        `${COPY[lang].remedy.summarySymptom}: ${symptomOf(state.symptom).heading[lang]}`,
      );
      expect(text.split('\n').at(-1)).toBe(`${COPY[lang].remedy.summaryUrl}: ${urlOf(path)}`);
      if (path === NB_POLICY_PATH) expect(text).toBe(nbPolicySummary(urlOf(path)));
      expect(problems(record)).toEqual([]);
    },
  );

  test('"Copy link" puts the page URL on the clipboard', async () => {
    const { page, context, record } = await fresh({ permissions: ['clipboard-read', 'clipboard-write'] });
    const path = pathOf('en', longWalk().at(-1) as FlowState);
    await page.goto(urlOf(path));
    await waitForPath(page, path);
    await page.getByRole('button', { name: en.remedy.copyLink }).click();
    await expect.poll(() => page.locator('#root .actions-status').textContent()).toBe(en.remedy.copied);
    expect(await readClipboard(context)).toBe(urlOf(path));
    expect(problems(record)).toEqual([]);
  });
});

/**
 * The clipboard's text. The site's Permissions-Policy denies clipboard-read (the app only writes), so it is read
 * from a blank page of the same origin that the test itself answers (no request leaves the browser).
 */
async function readClipboard(context: RecordedPage['context']): Promise<string> {
  const readerPath = '/__e2e-clipboard-reader__';
  await context.route(baseURL + readerPath, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>clipboard</title>' }),
  );
  const reader = await context.newPage();
  await reader.goto(baseURL + readerPath);
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}
