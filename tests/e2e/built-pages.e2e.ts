/**
 * Every HTML file of dist/, read in Node (no browser): what the markup alone shows. One CSP `<meta>` with the
 * site's policy; nothing inline that the policy would block; no script, stylesheet, image or font from another
 * origin, and links elsewhere only to the allowed hosts; a title, a description and Open Graph tags, canonical and
 * hreflang links; every internal link resolves to a file of dist/; every page's title names its symptom (or the
 * app; the offline pages, like 404.html, name no URL of their own). What only a browser can show (CSP at run time, axe, hydration) runs on a sample: pages.e2e.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { metaContentSecurityPolicy } from '../../scripts/headers.ts';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';
import { offlinePagePath } from '../../src/sw/offline.ts';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { chooseState, NOT_FOUND_FILE, notFoundFile, parsePath } from '../../src/tree/paths.ts';
import { LANGS } from '../../src/tree/lang.ts';
import { findQuestion } from '../../src/tree/resolve.ts';
import { checkBuiltPage, pageOutline, pageTitles } from './support/page-checks.ts';
import type { PageExpectations } from './support/page-checks.ts';
import { distHtml, expectedLinks, pathOf, symptomOf, tree } from './support/site.ts';

const dist = path.resolve('dist');

/** The site's origin the build wrote its absolute URLs with (SITE_ORIGIN), read from its sitemap. */
function builtOrigin(): string {
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(path.join(dist, 'sitemap.xml'), 'utf8'))?.[1];
  if (!loc) throw new Error('dist/sitemap.xml lists no page');
  return new URL(loc).origin;
}

/** Every HTML file of dist/, as a path relative to it. */
function htmlFiles(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The site path a file of dist/ is served at (`nb/x/index.html` -> `/nb/x/`). */
function pagePath(file: string): string {
  const parts = file.split(path.sep);
  return parts.at(-1) === 'index.html'
    ? `/${parts
        .slice(0, -1)
        .map((p) => `${p}/`)
        .join('')}`
    : `/${file}`;
}

/** The offline page of a language (the service worker's, src/sw/offline.ts): like 404.html, no URL of its own. */
function isOfflinePage(file: string): boolean {
  return LANGS.some((lang) => `/${file}`.endsWith(offlinePagePath(lang)));
}

/** A site of three files for the checks' own tests: /nb/, /en/ and one script. */
function tinySite(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'built-pages-'));
  for (const file of ['nb/index.html', 'en/index.html', 'assets/a.js']) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
  }
  return root;
}

describe('the checks themselves', () => {
  const expected: PageExpectations = {
    policy: "default-src 'self'; style-src 'self'",
    origin: 'https://site.example',
    dist: tinySite(),
  };
  /** A page that passes every check; `head` and `body` are added to it. */
  const page = (head = '', body = '', policy = expected.policy) =>
    `<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><title>T</title><meta name="description" content="D"><meta property="og:type" content="website"><meta property="og:title" content="T"><meta property="og:description" content="D"><meta property="og:url" content="https://site.example/nb/"><link rel="canonical" href="https://site.example/nb/"><link rel="alternate" hreflang="nb" href="https://site.example/nb/"><link rel="alternate" hreflang="en" href="https://site.example/en/">${head}</head><body><main id="main">${body}</main></body></html>`;
  const check = (html: string, notFound = false) => checkBuiltPage(html, { notFound }, expected);
  const css = 'p{color:red}';
  const hash = `'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='`;

  test('a clean page passes, with a <style> whose hash its policy lists', () => {
    expect(check(page('<script type="module" src="/assets/a.js"></script>'))).toEqual([]);
    expect(check(page(`<style>${css}</style>`, '', `default-src 'self'; style-src 'self' ${hash}`))).toEqual(
      [],
    );
    expect(check(page('', '<a href="https://learn.microsoft.com/x">x</a><a href="#main">skip</a>'))).toEqual(
      [],
    );
  });

  test.each([
    ['no CSP <meta>', page().replace(/<meta http-equiv[^>]*>/, ''), /0 Content-Security-Policy/],
    [
      'two CSP <meta>',
      page(`<meta http-equiv="Content-Security-Policy" content="${expected.policy}">`),
      /2 Content/,
    ],
    ['another policy', page('', '', 'default-src *'), /is "default-src \*"/],
    ['an inline script', page('<script>alert(1)</script>'), /inline <script>/],
    [
      'an event handler',
      page('', '<img src="/favicon.ico" onerror="x()">'),
      /event handler attribute onerror/,
    ],
    ['a style attribute', page('', '<p style="color:red">x</p>'), /style attribute on <p>/],
    ['an unhashed <style>', page(`<style>${css}</style>`), /inline <style> whose hash/],
    [
      'a foreign script',
      page('<script src="https://cdn.example/a.js"></script>'),
      /src of <script> goes to another origin/,
    ],
    [
      'a foreign stylesheet',
      page('<link rel="stylesheet" href="//cdn.example/a.css">'),
      /href of <link> goes to/,
    ],
    [
      'a foreign image on an allowed host',
      page('', '<img src="https://learn.microsoft.com/a.png">'),
      /src of <img> goes/,
    ],
    [
      'a link to another host',
      page('', '<a href="https://evil.example/">x</a>'),
      /href of <a> goes to another origin/,
    ],
    ['a javascript: link', page('', '<a href="javascript:alert(1)">x</a>'), /javascript: URL/],
    ['a broken internal link', page('', '<a href="/nb/no-such-page/">x</a>'), /resolves to no file of dist/],
    ['a fragment with no target', page('', '<a href="#nowhere">x</a>'), /no element has that id/],
    ['no title', page().replace('<title>T</title>', ''), /0 <title>/],
    ['no og:title', page().replace('<meta property="og:title" content="T">', ''), /0 og:title/],
    ['no canonical', page().replace(/<link rel="canonical"[^>]*>/, ''), /0 <link rel="canonical">/],
    ['no hreflang en', page().replace(/<link rel="alternate" hreflang="en"[^>]*>/, ''), /hreflang="en"/],
  ])('%s is reported', (_name, html, message) => {
    expect(check(html)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  test('the not-found page needs no canonical URL, and may name none', () => {
    const bare = page()
      .replace(/<link rel="(canonical|alternate)"[^>]*>/g, '')
      .replace(/<meta property="og:url"[^>]*>/, '');
    expect(check(bare, true)).toEqual([]);
    expect(check(page(), true)).toEqual(['the not-found page names a canonical URL']);
  });
});

/** The not-found pages: the site's 404.html (both languages) and each language's own. */
const NOT_FOUND_PAGES = new Set([NOT_FOUND_FILE, ...LANGS.map(notFoundFile)]);

describe('every HTML file of dist/', () => {
  const files = htmlFiles();

  test('has the CSP <meta>, nothing inline or foreign, a full head, and links that resolve', () => {
    const expected: PageExpectations = { policy: metaContentSecurityPolicy([]), origin: builtOrigin(), dist };
    const started = performance.now();
    const problems = files.flatMap((file) =>
      checkBuiltPage(
        readFileSync(path.join(dist, file), 'utf8'),
        { notFound: NOT_FOUND_PAGES.has(pagePath(file)) || isOfflinePage(file) },
        expected,
      ).map((problem) => `dist/${file}: ${problem}`),
    );
    console.log(
      `[built pages] ${files.length} HTML files checked in ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(files.length).toBeGreaterThan(tree.symptoms.length * 2);
    expect(problems.slice(0, 50), `${problems.length} problems`).toEqual([]);
  });

  test('is a page of the sitemap (or a 404 page), and every page of the sitemap is a file', () => {
    const xml = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => new URL(m[1] as string).pathname)
      .sort();
    expect(
      files
        .map(pagePath)
        .filter((p) => !NOT_FOUND_PAGES.has(p) && !isOfflinePage(p))
        .sort(),
    ).toEqual(listed);
  });

  test('names its symptom (or the app) in <title>, and og:title is the title', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const pathname = pagePath(file);
      const { title, og } = pageTitles(readFileSync(path.join(dist, file), 'utf8'));
      if (og !== title) wrong.push(`dist/${file}: og:title "${og}" is not the title "${title}"`);
      if (pathname === '/') {
        // The language choice: no page of the wizard, named in both languages.
        if (!title.includes(tree.title.nb) || !title.includes(tree.title.en))
          wrong.push(`dist/${file}: ${title}`);
        continue;
      }
      const place = parsePath(tree, pathname === '/404.html' ? '/nb/404/' : pathname);
      const expected =
        place.kind === 'flow'
          ? symptomOf(place.state.symptom).heading[place.lang]
          : (place.lang === 'en' ? en : nb).app.name;
      if (!title.includes(expected)) wrong.push(`dist/${file}: <title>${title}</title> lacks ${expected}`);
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * Every state of the wizard as a reader without JavaScript gets it, read from its prerendered file: a question page
 * links each option, in order, to the page of the state that answer leads to; a remedy page shows its symptom's
 * whole section (what applies, the rest under "also check", a line for each item set aside), its links, no button,
 * and the sentence saying copy and print need JavaScript. The walks by clicking in Chromium: no-javascript.e2e.ts.
 */
describe('every page of the wizard, without JavaScript', () => {
  test.each(LANGS)('in %s, options lead to the next state and remedies show their whole section', (lang) => {
    const wrong: string[] = [];
    const states = enumerateStates(tree);
    for (const state of states) {
      const at = pathOf(lang, state);
      const outline = pageOutline(distHtml(at));
      const symptom = symptomOf(state.symptom);
      const compare = (what: string, got: unknown, want: unknown) => {
        if (JSON.stringify(got) !== JSON.stringify(want))
          wrong.push(`${at}: ${what} ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      };
      if (state.kind === 'question') {
        const options = findQuestion(tree, state.question)?.options ?? [];
        compare(
          'options',
          outline.options,
          options.map((o) => pathOf(lang, chooseState(tree, state, o.id))),
        );
        continue;
      }
      compare('h1', outline.h1, symptom.heading[lang]);
      compare('links', outline.links, expectedLinks(state, lang));
      compare(
        'items',
        [...outline.items].sort(),
        [...state.applies.map((a) => a.item), ...state.alsoCheck].sort(),
      );
      compare(
        'set aside',
        outline.setAside,
        state.setAside.map((a) => a.item),
      );
      compare(
        'every item once',
        [...outline.items, ...outline.setAside].sort(),
        symptom.items.map((i) => i.id).sort(),
      );
      compare('buttons', outline.buttons, 0);
      compare('note', outline.actionsNote, (lang === 'en' ? en : nb).remedy.needsScript);
    }
    expect(states.filter((s) => s.kind === 'remedy').length).toBeGreaterThan(tree.symptoms.length);
    expect(wrong.slice(0, 30), `${wrong.length} pages differ`).toEqual([]);
  });
});
