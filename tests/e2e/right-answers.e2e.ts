/**
 * Right answers, proven on what the site ships: a Node pass over every prerendered page in dist/ (no browser, no
 * JavaScript; what an admin without scripts, a crawler or a pasted link shows). No page says "yes, you can" beside
 * an article sentence that says you lack permission; every 2021 claim that is wrong today stands with its correction
 * right after it; and the pages of the walk-throughs say what they must.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { plainText } from '../../src/tree/inline.ts';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';
import type { Lang } from '../../src/tree/lang.ts';
import { mainText } from './support/page-checks.ts';
import { tree } from './support/site.ts';

const DIST = path.resolve('dist');
const COPY = { nb, en } as const;

/** A built page: its URL path, its HTML and the words of its <main>, whitespace folded. */
interface BuiltPage {
  url: string;
  html: string;
  text: string;
}

/** Every index.html under dist/, read once; the words come from parse5 (a full DOM is built only where needed). */
function pages(): BuiltPage[] {
  const out: BuiltPage[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name === 'index.html') {
        const url = `/${path.relative(DIST, dir).split(path.sep).join('/')}/`.replace('//', '/');
        const html = readFileSync(full, 'utf8');
        out.push({ url, html, text: mainText(html) });
      }
    }
  };
  visit(DIST);
  return out;
}

const all = pages();
const langOf = (url: string): Lang => (url.startsWith('/en/') ? 'en' : 'nb');
/** The visible words of a document's main content, whitespace folded. */
const textOf = (doc: Document) => (doc.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');

const documents = new Map<string, Document>();
/** The page at a URL path as a DOM (jsdom, built once per page, and only for the pages a test looks into). */
function page(url: string): Document {
  let doc = documents.get(url);
  if (!doc) {
    const found = all.find((p) => p.url === url);
    if (!found) throw new Error(`${url} is not in dist/`);
    doc = new JSDOM(found.html).window.document;
    documents.set(url, doc);
  }
  return doc;
}

/** Items whose rules say they assert "no permission", with their text per language. */
const noPermissionItems = tree.symptoms.flatMap((s) => s.items.filter((i) => noPermission(s.claims[i.id])));
function noPermission(claim: unknown): boolean {
  return typeof claim === 'object' && claim !== null && 'says' in claim && claim.says === 'no-permission';
}

/** The 2021 claims that are wrong today, as content/corrections.yaml records them. */
const wrongToday = (
  parse(readFileSync('content/corrections.yaml', 'utf8')) as {
    'wrong-today': { id: string; text: Record<Lang, string> }[];
  }
)['wrong-today'];

describe('every prerendered page', () => {
  test('the site has pages in both languages', () => {
    expect(all.some(({ url }) => url.startsWith('/nb/'))).toBe(true);
    expect(all.some(({ url }) => url.startsWith('/en/'))).toBe(true);
    expect(noPermissionItems.length).toBeGreaterThan(0);
    expect(wrongToday.length).toBeGreaterThan(0);
  });

  test('no page says "yes, you can reset" beside a sentence that says you lack permission', () => {
    const bad: string[] = [];
    for (const { url, text } of all) {
      const lang = langOf(url);
      if (!text.includes(COPY[lang].verdict.yes)) continue;
      for (const item of noPermissionItems) {
        if (text.includes(plainText(item.content[lang]))) bad.push(`${url}: ${item.id}`);
      }
      // The article's words, as an admin would search for them.
      const lacks = lang === 'en' ? "You don't have permission" : 'Du har ikke tillatelse';
      if (text.includes(lacks)) bad.push(`${url}: "${lacks}"`);
    }
    expect(bad).toEqual([]);
  });

  test('a 2021 claim that is wrong today stands with its correction right after it, wherever it is shown', () => {
    const bad: string[] = [];
    let seen = 0;
    for (const { url, text } of all) {
      const lang = langOf(url);
      for (const claim of wrongToday) {
        if (!text.includes(claim.text[lang])) continue;
        const doc = page(url);
        for (const element of doc.querySelectorAll('main [id^="item-"]')) {
          const own = [...element.childNodes]
            .filter((n) => n.nodeType === 3 || ['A', 'STRONG', 'EM', 'CODE'].includes((n as Element).tagName))
            .map((n) => n.textContent)
            .join('');
          if (!own.replace(/\s+/g, ' ').includes(claim.text[lang])) continue;
          seen += 1;
          // The first block after the item's own words must be the correction.
          const next = [...element.children].find((c) => !['A', 'STRONG', 'EM', 'CODE'].includes(c.tagName));
          if (!next?.matches('aside.note-correction')) bad.push(`${url}: ${element.id} (${claim.id})`);
        }
        // Anywhere else (the about page's record of corrections) it is marked as wrong today beside it.
        const shown = [...doc.querySelectorAll('main [id^="item-"], main li[id^="correction-"]')].some(
          (e) =>
            (e.textContent ?? '').replace(/\s+/g, ' ').includes(claim.text[lang]) &&
            (e.id.startsWith('item-') || e.querySelector('.wrong-today') !== null),
        );
        if (!shown) bad.push(`${url}: "${claim.id}" outside an article item, or unmarked`);
      }
    }
    expect(bad).toEqual([]);
    expect(seen).toBeGreaterThan(0);
  });
});

describe('the walk-throughs of right answers, without JavaScript', () => {
  test('/nb/ -> the greyed-out button -> Global administrator -> a member of a restricted management unit: no "yes", the unit scope named', () => {
    const doc = page(
      '/nb/reset-button-greyed-out/your-role/global-admin/target-account/restricted-admin-unit/',
    );
    expect(doc.querySelector('.verdict-answer')?.textContent).toBe(nb.verdict.no);
    expect(textOf(doc)).not.toContain(nb.verdict.yes);
    expect(textOf(doc)).toContain(nb.verdict.adminUnit);
    expect(textOf(doc)).toContain('tilordnet for den administrative enheten');
    // Reached by links from the start page, as an admin without JavaScript would.
    expect(page('/nb/').querySelector('a[href="/nb/reset-button-greyed-out/"]')).not.toBeNull();
    expect(
      page('/nb/reset-button-greyed-out/').querySelector(
        'a[href="/nb/reset-button-greyed-out/your-role/global-admin/"]',
      ),
    ).not.toBeNull();
    expect(
      page('/nb/reset-button-greyed-out/your-role/global-admin/').querySelector(
        'a[href="/nb/reset-button-greyed-out/your-role/global-admin/target-account/restricted-admin-unit/"]',
      ),
    ).not.toBeNull();
  });

  test('/nb/ -> "Jeg ser ikke siden for tilbakestilling av passord" -> Global administrator: the page names the licence', () => {
    const doc = page('/nb/reset-page-not-visible/your-role/global-admin/');
    expect(textOf(doc)).toMatch(/Microsoft Entra ID-lisens/);
    for (const answer of ['unlicensed', 'not-sure']) {
      const remedy = page(`/nb/reset-page-not-visible/your-role/global-admin/admin-licence/${answer}/`);
      expect(textOf(remedy)).toContain(nb.verdict.configureLicence);
    }
  });

  test('every English page of the on-premises integration symptom names both writeback switches', () => {
    const urls = all
      .map(({ url }) => url)
      .filter(
        (u) =>
          u.startsWith('/en/on-prem-integration-not-visible/') && page(u).querySelector('article.remedy'),
      );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      const text = textOf(page(url));
      expect(text, url).toContain('Optional features > Password writeback');
      expect(text, url).toContain('Write back passwords to your on-premises directory');
    }
  });

  test('a User Administrator and a user with a role scoped to a restricted management unit: "no", naming the two roles that can', () => {
    const path =
      'reset-button-greyed-out/your-role/user-admin/target-account/cloud-member/target-other-roles';
    const name = (lang: Lang, id: string) => tree.roles.roles.find((r) => r.id === id)?.name[lang] ?? id;
    for (const lang of ['nb', 'en'] as const) {
      for (const held of ['rmau-scoped-role', 'custom-role']) {
        const doc = page(`/${lang}/${path}/${held}/`);
        expect(doc.querySelector('.verdict-answer')?.textContent).toBe(COPY[lang].verdict.no);
        const line = [...doc.querySelectorAll('.verdict p')]
          .map((p) => p.textContent ?? '')
          .find((t) => t.includes(name(lang, held)));
        expect(line, `${lang} ${held}`).toBeDefined();
        for (const role of ['privileged-authentication-admin', 'global-admin'])
          expect(line).toContain(name(lang, role));
      }
    }
  });

  test('no page names Protection as the way to the Password reset page today', () => {
    const bad = all
      .filter(({ text }) => /under (Protection|Beskyttelse)\b/i.test(text))
      .map(({ url }) => url);
    expect(bad).toEqual([]);
  });

  test('the sign-in codes for a lock, an expired password and a disabled account, and event 32009, lead where they belong', () => {
    const next = (lang: Lang, id: string) =>
      page(`/${lang}/codes/${id}/`).querySelector('#code-next + p a')?.getAttribute('href') ?? null;
    for (const lang of ['nb', 'en'] as const) {
      expect(next(lang, 'aadsts-50053')).toBeNull();
      expect(next(lang, 'aadsts-50057')).toBeNull();
      expect(next(lang, 'aadsts-50055')).toBe(`/${lang}/how-to-reset/`);
      expect(next(lang, 'event-32009')).toBe(`/${lang}/writeback-fails-after-submit/`);
    }
  });
});
