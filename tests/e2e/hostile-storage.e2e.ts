/**
 * Issue 5, item 6: whatever is stored under the app's key (junk, truncated JSON, the wrong shape, a future version,
 * a storage that refuses writes), the start page and a question page render and work, nothing is thrown, and what
 * the app leaves in storage afterwards is well-formed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFinished, test } from 'vitest';
import { STORAGE_KEY, STORE_VERSION } from '../../src/shared/store.ts';
import nb from '../../src/i18n/nb.json';
import { chooseState, startPath, symptomPath } from '../../src/tree/paths.ts';
import type { FlowState } from '../../src/tree/state.ts';
import { launchBrowser, openPage, problems, urlOf, waitForPath } from './support/browser.ts';
import { firstState, pathOf, tree } from './support/site.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const SYMPTOM = 'reset-button-greyed-out';
const first = firstState(SYMPTOM) as FlowState & { kind: 'question' };
/** The option the test clicks on the first question (your role): a real answer, so the store remembers it. */
const OPTION = 'helpdesk-admin';
const second = chooseState(tree, first, OPTION);

/**
 * One stored value of each kind of damage a page could trip on; the parser's own cases (each JSON type, every
 * version, wrong types inside) are unit tests of the store (tests/shared/store.test.ts).
 */
const CASES: [string, string][] = [
  ['junk', 'not json at all {{{'],
  ['truncated JSON', '{"state":{"remembered":{"your-role":"global-ad'],
  ['the wrong shape', '{"state":{"remembered":"global-admin","recent":{"0":"x"}},"version":1}'],
  [
    'wrong types inside',
    '{"state":{"remembered":{"your-role":7,"licence":null},"recent":[1,null,{},"policy-testing"]},"version":1}',
  ],
  [
    'prototype keys',
    '{"state":{"remembered":{"__proto__":{"polluted":"yes"},"constructor":"x"},"recent":["__proto__"]},"version":1}',
  ],
  [
    'markup in values',
    '{"state":{"remembered":{"your-role":"<img src=x onerror=window.__pwned=1>"},"recent":["<script>window.__pwned=1</script>"]},"version":1}',
  ],
  ['an old version', '{"state":{"answers":{"your-role":"global-admin"}},"version":0}'],
  [
    'a future version',
    `{"state":{"remembered":{"your-role":"global-admin"},"recent":["policy-testing"],"extra":{"deep":[1]}},"version":${STORE_VERSION + 98}}`,
  ],
  [
    'a huge value',
    JSON.stringify({
      state: { remembered: {}, recent: Array.from({ length: 5000 }, (_, i) => `s${i}`) },
      version: 1,
    }),
  ],
];

/** Presets storage once per context (the init script runs on every document: a flag keeps later ones from resetting it). */
function preset({ key, raw, refuseWrites }: { key: string; raw: string; refuseWrites: boolean }) {
  if (sessionStorage.getItem('e2e-preset') === null) {
    sessionStorage.setItem('e2e-preset', '1');
    localStorage.setItem(key, raw);
  }
  if (refuseWrites) {
    Storage.prototype.setItem = function setItem(this: Storage, name: string) {
      if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
}

/** Whether a stored value has the store's shape: `{ state: { remembered: {string: string}, recent: string[] }, version }`. */
function wellFormed(raw: string | null): boolean {
  if (raw === null) return false;
  const value = JSON.parse(raw) as { state?: { remembered?: unknown; recent?: unknown }; version?: unknown };
  const { remembered, recent } = value.state ?? {};
  return (
    value.version === STORE_VERSION &&
    typeof remembered === 'object' &&
    remembered !== null &&
    !Array.isArray(remembered) &&
    Object.values(remembered).every((v) => typeof v === 'string') &&
    Array.isArray(recent) &&
    recent.every((s) => typeof s === 'string')
  );
}

// Two at once (maxConcurrency in vitest.e2e.config.ts): most of a case is waiting on the browser.
test.concurrent.for<[string, string]>([
  ...CASES,
  ['a storage that refuses writes', '{"state":{"remembered":{},"recent":[]},"version":1}'],
])('with %s stored, the start and a question page work', async ([name, raw], { onTestFinished, expect }) => {
  const p = await openPage(browser);
  onTestFinished(() => p.context.close());
  const { page, record } = p;
  const refuse = name === 'a storage that refuses writes';
  await page.addInitScript(preset, { key: STORAGE_KEY, raw, refuseWrites: refuse });
  await page.goto(urlOf(startPath('nb')));
  await waitForPath(page, startPath('nb'));
  expect(await page.locator('#root h1').textContent()).toBe(nb.start.title);
  const links = await page
    .locator('#root ul.symptoms a')
    .evaluateAll((a) => a.map((e) => e.getAttribute('href')));
  expect([...links].sort()).toEqual(tree.symptoms.map((s) => symptomPath('nb', s.id)).sort());

  await page.locator(`#root ul.symptoms a[href="${symptomPath('nb', SYMPTOM)}"]`).click();
  await waitForPath(page, pathOf('nb', first));
  await page.locator(`#root ul.options a[href="${pathOf('nb', second)}"]`).click();
  await waitForPath(page, pathOf('nb', second));

  const after = await page.evaluate(
    (key) => ({
      raw: localStorage.getItem(key),
      pwned: (window as { __pwned?: unknown }).__pwned,
      injected: document.querySelectorAll('#root script, #root img').length,
      polluted: ({} as Record<string, unknown>).polluted,
    }),
    STORAGE_KEY,
  );
  expect(after.pwned).toBeUndefined();
  expect(after.injected).toBe(0);
  expect(after.polluted).toBeUndefined();
  if (refuse) {
    expect(after.raw).toBe(raw);
  } else {
    expect(wellFormed(after.raw), `stored afterwards: ${after.raw?.slice(0, 200) ?? 'nothing'}`).toBe(true);
    const { state } = JSON.parse(after.raw as string) as {
      state: { remembered: Record<string, string>; recent: string[] };
    };
    expect(state.remembered['your-role']).toBe(OPTION);
    expect(state.recent[0]).toBe(SYMPTOM);
  }
  expect(problems(record)).toEqual([]);
});

test('a future version keeps what still has the right shape: the remembered role is marked', async () => {
  const p = await openPage(browser);
  onTestFinished(() => p.context.close());
  const { page, record } = p;
  const raw = (CASES.find(([name]) => name === 'a future version') as [string, string])[1];
  await page.addInitScript(preset, { key: STORAGE_KEY, raw, refuseWrites: false });
  await page.goto(urlOf(pathOf('nb', first)));
  await waitForPath(page, pathOf('nb', first));
  const marked = page.locator('#root ul.options a', { has: page.locator('.last-time') });
  await expect.poll(() => marked.count()).toBe(1);
  expect(await marked.getAttribute('href')).toBe(pathOf('nb', chooseState(tree, first, 'global-admin')));
  expect(await marked.locator('.last-time').textContent()).toContain(nb.question.lastTime);
  expect(problems(record)).toEqual([]);
});
