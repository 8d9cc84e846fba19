/**
 * The tenant check (issue 23) in real Chromium with no network: the tenant build (dist-tenant, `npm run
 * build:tenant:e2e`) served with its headers, MSAL signing in at a local OpenID Connect provider (oidc-provider,
 * HTTPS on localhost) and Graph answered by a stub in the browser context. It proves: a question page offers "Find
 * out from your tenant"; signing in and reading fill the answer with its evidence, marked as read; one click
 * confirms and the app goes where that answer leads; 429 waits for Retry-After, 403 names the scope, a failed
 * request says so, and each leaves the question as it was; a remedy with "not sure" answers reads them all; sign
 * out leaves no token in any storage, and no token ever shows in a URL or the console. Also, from the built files:
 * the default build names neither the authority nor Graph anywhere, each tenant page's policy adds exactly those
 * two, and a remedy page's JavaScript before the click stays within 130 kB gzip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import type { StaticServer } from '../../scripts/serve.ts';
import { gzipSize } from '../../scripts/bench/measure.ts';
import { compileContent } from '../../src/compiler/compile.ts';
import { readValues } from '../../src/tree/graph.ts';
import type { GraphCheck, GraphRule } from '../../src/tree/graph.ts';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { chooseState, statePath } from '../../src/tree/paths.ts';
import type { FlowState } from '../../src/tree/types.ts';
import { launchBrowser, waitForApp, waitForPath } from './support/browser.ts';
import { E2E_AUTHORITY, E2E_CLIENT_ID, startProvider } from './support/oidc.ts';
import type { LocalProvider } from './support/oidc.ts';
import { tree } from './support/site.ts';

const DIST_TENANT = path.resolve('dist-tenant');
const DIST = path.resolve('dist');
const GRAPH = 'https://graph.microsoft.com';
const compiled = compileContent(path.resolve('content'));
const checks: GraphCheck[] = compiled.graph;
const checkOf = (question: string) => checks.find((c) => c.question === question);

/** A response of the shape a check reads, with `value` at its `read` path (`*` as a one-item list). */
function responseFor(read: string, value: unknown): unknown {
  const names = read.split('/');
  const build = (i: number): unknown => {
    if (i === names.length) return value;
    const name = names[i] as string;
    if (name === '*') return [build(i + 1)];
    return { [name]: build(i + 1) };
  };
  const response = build(0);
  expect(readValues(response, read)).toEqual([value]);
  return response;
}

/** A rule that names a value (is/has), with the response that makes it hold. */
function answering(check: GraphCheck): { rule: GraphRule & { answer: string }; response: unknown } {
  const rule = check.rules.find((r) => !('otherwise' in r)) as
    (GraphRule & { is?: unknown[]; has?: unknown[] }) | undefined;
  if (!rule) throw new Error(`${check.question}: no rule with a value`);
  const value = (rule.is ?? rule.has ?? [])[0];
  return { rule, response: responseFor(check.read, value) };
}

/** Question pages (nothing pending to replay) whose question Graph can answer without a typed user. */
const readablePages = enumerateStates(tree).filter(
  (s): s is FlowState & { kind: 'question' } =>
    s.kind === 'question' &&
    s.pending.length === 0 &&
    checkOf(s.question)?.subject !== 'user' &&
    checkOf(s.question) !== undefined,
);
const distinctQuestions = [...new Map(readablePages.map((s) => [s.question, s])).values()];

/** What the Graph stub answers for a request path: a status, a body, headers, or a failed request. */
type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'fail';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization',
  'Access-Control-Allow-Methods': 'GET',
  'Access-Control-Expose-Headers': 'Retry-After',
};

describe('the tenant build in Chromium', () => {
  let site: StaticServer;
  let provider: LocalProvider;
  let browser: Browser;
  let page: Page;
  /** Replies in order per request path (the last one repeats). */
  const replies = new Map<string, Reply[]>();
  const graphRequests: { path: string; authorization: string; method: string }[] = [];
  const visited: string[] = [];
  const consoleLines: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(DIST_TENANT, '404.html')))
      throw new Error(
        'dist-tenant/ is missing: run `npm run build:tenant:e2e` (after `npm run build`) first',
      );
    // The site's headers come from scripts/headers.ts with the tenant check's configuration, as the build had it.
    process.env.TENANT_CHECK_CLIENT_ID = E2E_CLIENT_ID;
    process.env.TENANT_CHECK_AUTHORITY = E2E_AUTHORITY;
    site = await startServer({ port: 0, root: DIST_TENANT });
    provider = await startProvider(site.url.replace('127.0.0.1', 'localhost'), [
      ...new Set(checks.map((c) => `${GRAPH}/${c.scope}`)),
    ]);
    browser = await launchBrowser();
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    // The provider's development login page asks for a web font: no network here.
    await context.route('https://fonts.googleapis.com/**', (route) => route.abort());
    await context.route(`${GRAPH}/**`, async (route: Route) => {
      const request = route.request();
      if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
      const url = new URL(request.url());
      graphRequests.push({
        path: url.pathname + url.search,
        authorization: (await request.allHeaders()).authorization ?? '',
        method: request.method(),
      });
      const queue = replies.get(url.pathname) ?? [{ status: 500 }];
      const reply = (queue.length > 1 ? queue.shift() : queue[0]) as Reply;
      if (reply === 'fail') return route.abort('failed');
      return route.fulfill({
        status: reply.status,
        headers: { ...CORS, 'Content-Type': 'application/json', ...reply.headers },
        body: JSON.stringify(reply.body ?? { error: { code: 'stub', message: 'stub' } }),
      });
    });
    page = await context.newPage();
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(frame.url());
    });
    page.on('console', (message) => consoleLines.push(message.text()));
  });

  afterAll(async () => {
    await browser?.close();
    await provider?.close();
    await site?.close();
    delete process.env.TENANT_CHECK_CLIENT_ID;
    delete process.env.TENANT_CHECK_AUTHORITY;
  });

  const origin = () => site.url.replace('127.0.0.1', 'localhost');
  const graphPath = (check: GraphCheck) => new URL(check.url.replace(/\{me\}|\{user\}/g, 'x')).pathname;
  const panel = () => page.locator('main section.tenant-check');

  test('there are readable questions to walk', () => {
    expect(distinctQuestions.length).toBeGreaterThanOrEqual(3);
  });

  test('sign in, read with evidence, one click confirms, the app goes where the answer leads', async () => {
    const state = distinctQuestions[0] as FlowState & { kind: 'question' };
    const check = checkOf(state.question) as GraphCheck;
    const { rule, response } = answering(check);
    replies.set(graphPath(check), [{ status: 200, body: response }]);
    const questionPath = statePath(tree, 'en', state);
    await page.goto(origin() + questionPath);
    await waitForApp(page);
    const find = panel().getByRole('button', { name: 'Find out from your tenant' });
    await find.click();
    // The provider's own login and consent pages.
    await page.waitForURL((url) => url.origin === E2E_AUTHORITY, { timeout: 20_000 });
    await page.locator('input[name=login]').fill('admin-1');
    await page.locator('input[name=password]').fill('any');
    await page.locator('button[type=submit]').click();
    await page.locator('button[type=submit]').click();
    // Back on the question page, the reading resumes by itself.
    await waitForPath(page, questionPath, 30_000);
    const evidence = panel().locator('.tenant-check-evidence');
    await evidence.waitFor({ timeout: 20_000 });
    const field = check.read.split('/').at(-1) as string;
    expect(await evidence.textContent()).toContain(
      `${field}: ${String(readValues(response, check.read)[0])}`,
    );
    expect(await evidence.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    const marked = page.locator('main ul.options li[data-tenant-answer]');
    expect(await marked.count()).toBe(1);
    expect(await marked.locator('a').getAttribute('href')).toMatch(
      new RegExp(`/${state.question}/${rule.answer}/$`),
    );
    expect(await marked.textContent()).toContain('read from your tenant');
    expect(graphRequests.at(-1)).toMatchObject({ method: 'GET' });
    expect(graphRequests.at(-1)?.authorization).toMatch(/^Bearer \S+/);
    await panel().locator('.tenant-check-confirm').click();
    await waitForPath(page, statePath(tree, 'en', chooseState(tree, state, rule.answer)));
  });

  test('429 waits for Retry-After and then reads; 403 names the scope; a failed request says so', async () => {
    type Question = FlowState & { kind: 'question' };
    const throttled = distinctQuestions[1] as Question;
    const forbidden = distinctQuestions[2] as Question;
    const failing = distinctQuestions[0] as Question;
    const throttledCheck = checkOf(throttled.question) as GraphCheck;
    replies.set(graphPath(throttledCheck), [
      { status: 429, headers: { 'Retry-After': '1' } },
      { status: 200, body: answering(throttledCheck).response },
    ]);
    const before = graphRequests.length;
    await page.goto(origin() + statePath(tree, 'en', throttled));
    await waitForApp(page);
    await panel().getByRole('button', { name: 'Find out from your tenant' }).click();
    await page.getByText('Microsoft Graph asks us to wait (429): trying again in 1 seconds.').waitFor();
    const asked = Date.now();
    await panel().locator('.tenant-check-evidence').waitFor({ timeout: 10_000 });
    expect(Date.now() - asked).toBeGreaterThanOrEqual(500);
    expect(graphRequests.length - before).toBe(2);
    expect(await page.locator('main ul.options li[data-tenant-answer]').count()).toBe(1);

    const forbiddenCheck = checkOf(forbidden.question) as GraphCheck;
    replies.set(graphPath(forbiddenCheck), [
      { status: 403, body: { error: { code: 'Authorization_RequestDenied' } } },
    ]);
    await page.goto(origin() + statePath(tree, 'en', forbidden));
    await waitForApp(page);
    await panel().getByRole('button', { name: 'Find out from your tenant' }).click();
    const status = panel().locator('.tenant-check-status');
    await status.filter({ hasText: '403' }).waitFor();
    expect(await status.textContent()).toContain(forbiddenCheck.scope);
    expect(await page.locator('main ul.options li[data-tenant-answer]').count()).toBe(0);
    expect(await panel().locator('.tenant-check-confirm').count()).toBe(0);

    const failingCheck = checkOf(failing.question) as GraphCheck;
    replies.set(graphPath(failingCheck), ['fail']);
    await page.goto(origin() + statePath(tree, 'en', failing));
    await waitForApp(page);
    await panel().getByRole('button', { name: 'Find out from your tenant' }).click();
    await status.filter({ hasText: 'Could not reach Microsoft Graph' }).waitFor();
    expect(await page.locator('main ul.options li[data-tenant-answer]').count()).toBe(0);
  });

  test('a remedy with "not sure" answers reads them, and one click confirms them all', async () => {
    const remedy = enumerateStates(tree).find(
      (s) =>
        s.kind === 'remedy' &&
        s.answers.some(
          (a) => checkOf(a.question)?.unsure.includes(a.option) && checkOf(a.question)?.subject !== 'user',
        ) &&
        s.answers.every((a) => checkOf(a.question)?.subject !== 'user'),
    );
    if (!remedy) throw new Error('no remedy with a readable "not sure" answer');
    const unsure = remedy.answers.filter((a) => checkOf(a.question)?.unsure.includes(a.option));
    const expected = new Map<string, string>();
    for (const a of unsure) {
      const check = checkOf(a.question) as GraphCheck;
      const { rule, response } = answering(check);
      replies.set(graphPath(check), [{ status: 200, body: response }]);
      expected.set(a.question, rule.answer);
    }
    await page.goto(origin() + statePath(tree, 'en', remedy));
    await waitForApp(page);
    const label = unsure.length > 1 ? 'Find the answers from your tenant' : 'Find out from your tenant';
    await panel().getByRole('button', { name: label }).click();
    await panel().locator('.tenant-check-confirm').click();
    await page.waitForFunction(
      (pairs) => pairs.every((pair) => window.location.pathname.includes(pair)),
      [...expected].map(([q, answer]) => `/${q}/${answer}/`),
    );
    await waitForApp(page);
  });

  test('sign out leaves no token in any storage; no token was ever in a URL or the console', async () => {
    const state = distinctQuestions[0] as FlowState & { kind: 'question' };
    const check = checkOf(state.question) as GraphCheck;
    replies.set(graphPath(check), [{ status: 200, body: answering(check).response }]);
    await page.goto(origin() + statePath(tree, 'en', state));
    await waitForApp(page);
    await panel().getByRole('button', { name: 'Find out from your tenant' }).click();
    await panel().locator('.tenant-check-evidence').waitFor();
    const stored = () =>
      page.evaluate(() =>
        [sessionStorage, localStorage].flatMap((s) =>
          Object.keys(s).map((key) => `${key}=${s.getItem(key) ?? ''}`),
        ),
      );
    const tokens = [...new Set(graphRequests.map((r) => r.authorization.replace(/^Bearer /, '')))].filter(
      Boolean,
    );
    expect(tokens.length).toBeGreaterThan(0);
    // Signed in, the token is in sessionStorage (MSAL's cache) and never in localStorage.
    expect((await stored()).some((entry) => tokens.some((t) => entry.includes(t)))).toBe(true);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /msal|token/i.test(k)))).toEqual(
      [],
    );
    await panel().getByRole('button', { name: 'Sign out of the tenant check' }).click();
    await panel().getByText('You are signed out').waitFor();
    const after = await stored();
    for (const token of tokens) expect(after.filter((entry) => entry.includes(token))).toEqual([]);
    expect(after.filter((entry) => /accesstoken|idtoken|refreshtoken/i.test(entry))).toEqual([]);
    for (const token of tokens) {
      expect(visited.filter((url) => url.includes(token))).toEqual([]);
      expect(consoleLines.filter((line) => line.includes(token))).toEqual([]);
    }
  });
});

describe('the built files', () => {
  const listFiles = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));

  test('the default build names neither the sign-in authority nor Graph in any page or asset', () => {
    const named = listFiles(DIST).filter((file) => {
      const text = readFileSync(file, 'latin1');
      return /graph\.microsoft\.com|login\.microsoftonline\.com|localhost:47443|msal/i.test(text);
    });
    expect(named).toEqual([]);
  });

  test('each tenant page adds exactly the authority and Graph to connect-src, and nothing else', () => {
    const policy = (file: string) =>
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ??
      '';
    const base = policy(path.join(DIST, '404.html'));
    const expected = base.replace("connect-src 'self'", `connect-src 'self' ${E2E_AUTHORITY} ${GRAPH}`);
    expect(expected).not.toBe(base);
    const pages = listFiles(DIST_TENANT).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) expect(policy(file), file).toBe(expected);
  });

  test("a remedy page's JavaScript before the click is within 130 kB gzip, MSAL not among it", async () => {
    const remedy = enumerateStates(tree).find(
      (s) => s.kind === 'remedy' && s.answers.some((a) => checkOf(a.question)?.unsure.includes(a.option)),
    ) as FlowState;
    const server = await startServer({ port: 0, root: DIST_TENANT });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const scripts = new Set<string>();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
      });
      await page.goto(server.url + statePath(tree, 'en', remedy), { waitUntil: 'load' });
      await waitForApp(page);
      await page.locator('main section.tenant-check button').waitFor();
      await page.waitForLoadState('networkidle');
      const bytes = [...scripts].reduce(
        (sum, s) => sum + gzipSize(readFileSync(path.join(DIST_TENANT, s))),
        0,
      );
      console.log(
        `tenant build, remedy page JS before the click: ${(bytes / 1000).toFixed(1)} kB gzip, ${scripts.size} files`,
      );
      expect(bytes).toBeLessThanOrEqual(130_000);
      expect([...scripts].filter((s) => s.includes('tenant-check'))).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
