import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject, onTestFinished } from 'vitest';
import { launchChromium } from '../../../scripts/browser.ts';
import { READY_ATTRIBUTE } from '../../../src/shared/ready-attribute.ts';

/** Where the built site is served during the run (tests/e2e/global-setup.ts). */
export const baseURL: string = inject('baseURL');

/** An absolute URL of the served site. */
export function urlOf(pathname: string): string {
  return baseURL + pathname;
}

/** Debian's Chromium, headless, with nothing of its own talking to the network: the bench's launch too. */
export { launchChromium as launchBrowser };

/** A CSP violation as the page's `securitypolicyviolation` event reported it. */
export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

/** What a page did that a clean page never does. */
export interface PageRecord {
  /** Console messages of type error or warning. */
  console: { type: string; text: string; url: string }[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** `securitypolicyviolation` events, reported by the init script below. */
  csp: CspViolation[];
  /** Requests to any origin but the served site's (data: and blob: URLs are not requests to another origin). */
  foreign: string[];
  /** Responses from the site with an HTTP error status. */
  failed: { url: string; status: number; navigation: boolean }[];
  /** Navigation requests (new documents) of the main frame. */
  documents: string[];
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
    __e2eCsp?: (violation: CspViolation) => void;
  }
}

/**
 * Runs in every document before the app: listens for CSP violations, keeps them on `window.__cspViolations` and
 * reports them to the test through the `__e2eCsp` binding, so a violation during a full navigation is not lost.
 */
function listenForCspViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    const violation = {
      directive: event.violatedDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
    };
    window.__cspViolations?.push(violation);
    window.__e2eCsp?.(violation);
  });
}

/** An empty record. */
function emptyRecord(): PageRecord {
  return { console: [], pageErrors: [], csp: [], foreign: [], failed: [], documents: [] };
}

/** A page and what it has done since it was opened or last cleared. */
export interface RecordedPage {
  page: Page;
  context: BrowserContext;
  record: PageRecord;
  /** Forgets what was recorded so far (between two pages checked on one reused page). */
  clear(): void;
}

/** Options of openPage: the context's options, and whether to record from a context the caller owns. */
export interface OpenOptions extends BrowserContextOptions {
  context?: BrowserContext;
}

/**
 * Opens a page in a new context (or the given one) that records console errors and warnings, page errors, CSP
 * violations, requests to other origins and failed responses. The caller closes `context` (when it made one).
 */
export async function openPage(browser: Browser, options: OpenOptions = {}): Promise<RecordedPage> {
  const { context: given, ...contextOptions } = options;
  // The service worker precaches the whole site in the background of every fresh context: blocked unless a test
  // asks for it (offline.e2e.ts), as elsewhere it would slow every page for nothing the test checks.
  const context = given ?? (await browser.newContext({ serviceWorkers: 'block', ...contextOptions }));
  const page = await context.newPage();
  const origin = new URL(baseURL).origin;
  const holder: { record: PageRecord } = { record: emptyRecord() };
  if (contextOptions.javaScriptEnabled !== false) {
    await page.exposeFunction('__e2eCsp', (violation: CspViolation) => {
      holder.record.csp.push(violation);
    });
    await page.addInitScript(listenForCspViolations);
  }
  const workerBlocked = (contextOptions.serviceWorkers ?? 'block') === 'block' && !given;
  page.on('console', (message) => {
    // Playwright's own word that it blocked the worker, as asked above: no problem of the page.
    if (workerBlocked && message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning')
      holder.record.console.push({
        type: message.type(),
        text: message.text(),
        url: message.location().url,
      });
  });
  page.on('pageerror', (error) => holder.record.pageErrors.push(error.stack ?? error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      holder.record.foreign.push(request.url());
    if (request.isNavigationRequest() && request.frame() === page.mainFrame())
      holder.record.documents.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      holder.record.failed.push({
        url: response.url(),
        status: response.status(),
        navigation: response.request().isNavigationRequest(),
      });
  });
  return {
    page,
    context,
    get record() {
      return holder.record;
    },
    clear() {
      holder.record = emptyRecord();
    },
  };
}

/** What may be recorded without it being a problem (e.g. the 404 status of a page that is meant to be missing). */
export interface Allowed {
  /** Navigations that may answer with 404, and Chromium's console error about that very response. */
  notFoundDocuments?: boolean;
}

/** Chromium's console line for a response with an error status. */
const FAILED_RESOURCE = /^Failed to load resource: the server responded with a status of 404/;

/** Everything recorded that counts as a problem, one line each (empty when the page was clean). */
export function problems(record: PageRecord, allowed: Allowed = {}): string[] {
  const out: string[] = [];
  const withoutHash = (url: string) => url.split('#')[0];
  const notFoundDocs = new Set(
    record.failed.filter((f) => f.navigation && f.status === 404).map((f) => withoutHash(f.url)),
  );
  for (const m of record.console) {
    if (allowed.notFoundDocuments && FAILED_RESOURCE.test(m.text) && notFoundDocs.has(withoutHash(m.url)))
      continue;
    out.push(`console ${m.type}: ${m.text}${m.url ? ` (${m.url})` : ''}`);
  }
  for (const e of record.pageErrors) out.push(`uncaught: ${e}`);
  for (const v of record.csp)
    out.push(`CSP violation: ${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}:${v.line}`);
  for (const url of record.foreign) out.push(`request to another origin: ${url}`);
  for (const f of record.failed) {
    if (allowed.notFoundDocuments && f.navigation && f.status === 404) continue;
    out.push(`HTTP ${f.status}: ${f.url}`);
  }
  return out;
}

/**
 * Waits until the app has finished rendering the page it shows: `<html data-ready>` names the current path (the
 * app sets it once the page is committed with its JavaScript-only controls and start-up has finished, and moves
 * it at every step; src/shared/ready-marker.tsx). A redirect to the canonical URL is waited for too.
 */
export async function waitForApp(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (attribute) => document.documentElement.getAttribute(attribute) === window.location.pathname,
    READY_ATTRIBUTE,
    { timeout, polling: 'raf' },
  );
}

/** Waits until the page shows the given path (client navigation included) and the app has rendered it. */
export async function waitForPath(page: Page, pathname: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    ({ attribute, expected }) =>
      window.location.pathname === expected && document.documentElement.getAttribute(attribute) === expected,
    { attribute: READY_ATTRIBUTE, expected: pathname },
    { timeout, polling: 'raf' },
  );
}

/** The WCAG 2.2 AA rule set the issue asks for. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's browser script, read once. */
let axeSource: string | undefined;
function axeScript(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Makes axe-core part of every document the page loads (an init script runs before the page's own, unaffected by
 * its CSP), so axeViolations() need not inject it page by page: over the whole site this halves axe's cost.
 */
export async function withAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axeScript() });
}

/**
 * axe-core's violations on the page (the WCAG 2.2 AA tags), one line each: rule, impact and the first few offending
 * nodes. axe runs in the page itself (the site has no frames) and reports violations only, which is what is
 * checked; a page not opened withAxe() gets axe injected first.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeScript());
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, AXE_TAGS);
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.targets.join(', ')}`);
}

/** The text of the page's `<h1>`. */
export async function h1Text(page: Page): Promise<string> {
  return ((await page.locator('#root h1').first().textContent()) ?? '').trim();
}

/** Whether the focused element is the page's `<h1>`. */
export function focusIsOnH1(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement === document.querySelector('#root h1'));
}

/** Registers a function to run when the test ends: a concurrent test passes its context's own `onTestFinished`. */
type OnFinished = (fn: () => Promise<void>) => void;

/**
 * One Chromium for the calling test file, launched before its tests and closed after them; `fresh()` opens a page in
 * a new context (own storage and history) that is closed when the test ends.
 */
export function sharedBrowser(): {
  fresh: (options?: OpenOptions, finished?: OnFinished) => Promise<RecordedPage>;
} {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    fresh: async (options = {}, finished = onTestFinished) => {
      const p = await openPage(browser as Browser, options);
      finished(() => p.context.close());
      return p;
    },
  };
}
