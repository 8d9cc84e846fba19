import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { ALLOWED_HOSTS } from '../../../src/compiler/links.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Inline script types that carry data, not code: the CSP does not apply to them and they never run. */
const DATA_SCRIPT_TYPES = ['application/json', 'application/ld+json'];

/** What a built page is checked against. */
export interface PageExpectations {
  /** The policy every page's CSP `<meta>` carries (hash sources in it aside: see checkBuiltPage). */
  policy: string;
  /** The site's public origin (canonical, hreflang and og:url are absolute URLs on it). */
  origin: string;
  /** The folder the site was built to: internal links must resolve to a file in it. */
  dist: string;
}

/** What a page is, as far as its head goes: the not-found page is no page of the site and has no URL of its own. */
export interface PageKind {
  notFound: boolean;
}

/** Every element of a parsed document, in document order. */
function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : [];
  for (const child of [...('childNodes' in node ? node.childNodes : []), ...children]) elements(child, out);
  return out;
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The text inside an element (its text children, joined), as the browser hashes a `<style>` element. */
function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

/** A policy's directives, by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** A policy without its `'sha256-…'` sources (which name the inline styles of one build). */
function withoutHashes(policy: string): string {
  return [...directives(policy)]
    .map(([name, sources]) => [name, ...sources.filter((s) => !/^'sha(256|384|512)-/.test(s))].join(' '))
    .join('; ');
}

/** Whether a URL of the page points at another origin (a relative URL, a fragment or `data:` does not). */
function foreignUrl(value: string, origin: string): URL | undefined {
  const url = new URL(value, origin + '/');
  if (url.protocol === 'data:') return undefined;
  return url.origin === origin ? undefined : url;
}

/** The file of dist/ a same-origin URL's path is served from (`/x/` -> `x/index.html`), or undefined. */
function servedFile(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.join(dist, ...decoded.split('/').filter(Boolean));
  if (!file.startsWith(dist)) return undefined;
  const candidate = decoded.endsWith('/') ? path.join(file, 'index.html') : file;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/** The attributes that hold a URL the browser loads or follows. */
const URL_ATTRIBUTES = ['src', 'href', 'action', 'formaction', 'poster', 'data', 'srcset', 'xlink:href'];

/**
 * Every problem of one built page's markup, one line each (empty when it is clean): its CSP `<meta>`, anything inline
 * the CSP would block, a URL of another origin (but content links to the allowed hosts), its head (title,
 * description, Open Graph, canonical and hreflang), and internal links that do not resolve to a file of dist/.
 */
export function checkBuiltPage(html: string, kind: PageKind, expected: PageExpectations): string[] {
  const problems: string[] = [];
  const document = parse(html);
  const all = elements(document);
  const head = all.find((e) => e.tagName === 'head');
  const inHead = head ? elements(head) : [];
  const ids = new Set(all.map((e) => attr(e, 'id')).filter((id): id is string => id !== undefined));

  // The policy: exactly one <meta>, in the head, the expected one (hash sources aside).
  const metas = all.filter(
    (e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const policy = metas[0] ? (attr(metas[0], 'content') ?? '') : '';
  if (metas.length !== 1) problems.push(`${metas.length} Content-Security-Policy <meta> elements, not 1`);
  else if (!inHead.includes(metas[0] as Element))
    problems.push('the Content-Security-Policy <meta> is not in <head>');
  else if (withoutHashes(policy) !== withoutHashes(expected.policy))
    problems.push(`Content-Security-Policy <meta> is "${policy}", not "${expected.policy}"`);
  const styleSources = directives(policy).get('style-src') ?? [];

  for (const element of all) {
    const where = `<${element.tagName}${attr(element, 'id') ? ` id="${attr(element, 'id')}"` : ''}>`;
    // Nothing inline that the policy blocks: scripts, event handlers, style attributes, unhashed <style>.
    if (element.tagName === 'script') {
      const type = attr(element, 'type')?.toLowerCase() ?? '';
      if (DATA_SCRIPT_TYPES.includes(type)) continue;
      if (attr(element, 'src') === undefined)
        problems.push(`inline <script>: ${textOf(element).slice(0, 80)}`);
      else if (textOf(element).trim() !== '') problems.push(`<script src> with inline text as well`);
    }
    if (element.tagName === 'style') {
      const hash = `'sha256-${createHash('sha256').update(textOf(element)).digest('base64')}'`;
      if (!styleSources.includes(hash))
        problems.push(`inline <style> whose hash ${hash} is not in the page's style-src`);
    }
    for (const { name, value } of element.attrs) {
      if (name === 'style') problems.push(`style attribute on ${where}: "${value}"`);
      if (/^on/i.test(name)) problems.push(`event handler attribute ${name} on ${where}`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      const urls = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const raw of urls) {
        if (/^\s*javascript:/i.test(raw)) {
          problems.push(`javascript: URL in ${name} of ${where}`);
          continue;
        }
        let foreign: URL | undefined;
        try {
          foreign = foreignUrl(raw, expected.origin);
        } catch {
          problems.push(`${name} of ${where} is no URL: "${raw}"`);
          continue;
        }
        if (foreign) {
          // Content links may go to Microsoft's documentation and portals (src/compiler/links.ts); nothing else.
          const contentLink =
            element.tagName === 'a' &&
            name === 'href' &&
            foreign.protocol === 'https:' &&
            (ALLOWED_HOSTS as readonly string[]).includes(foreign.hostname);
          if (!contentLink) problems.push(`${name} of ${where} goes to another origin: ${raw}`);
          continue;
        }
        if (raw.startsWith('#')) {
          if (raw !== '#' && !ids.has(decodeURIComponent(raw.slice(1))))
            problems.push(`${name}="${raw}" of ${where}: no element has that id`);
          continue;
        }
        if (raw.startsWith('data:')) continue;
        // A path of the site, or an absolute URL on the site's origin (canonical, hreflang): a file of dist/.
        const pathname = new URL(raw, expected.origin + '/').pathname;
        if (!servedFile(expected.dist, pathname))
          problems.push(`${name}="${raw}" of ${where} resolves to no file of dist/`);
      }
    }
  }

  // The head: a title, a description and Open Graph tags; canonical and language alternates but on 404.html.
  const metaContent = (key: 'name' | 'property', value: string) =>
    inHead
      .filter((e) => e.tagName === 'meta' && attr(e, key) === value)
      .map((e) => (attr(e, 'content') ?? '').trim());
  const titles = inHead.filter((e) => e.tagName === 'title').map((e) => textOf(e).trim());
  if (titles.length !== 1 || titles[0] === '')
    problems.push(`${titles.length} <title> elements with text, not 1`);
  const one = (what: string, values: string[]) => {
    if (values.length !== 1 || values[0] === '')
      problems.push(`${values.length} ${what} with content, not 1`);
  };
  one('<meta name="description">', metaContent('name', 'description'));
  for (const property of ['og:type', 'og:title', 'og:description'])
    one(`${property}`, metaContent('property', property));
  const ogTitle = metaContent('property', 'og:title')[0];
  if (ogTitle !== undefined && ogTitle !== titles[0])
    problems.push(`og:title "${ogTitle}" is not the <title>`);
  const links = (rel: string) => inHead.filter((e) => e.tagName === 'link' && attr(e, 'rel') === rel);
  if (kind.notFound) {
    // The not-found page answers any unknown URL: it has no URL of its own to name.
    if (links('canonical').length > 0) problems.push('the not-found page names a canonical URL');
  } else {
    one('og:url', metaContent('property', 'og:url'));
    const canonical = links('canonical').map((e) => attr(e, 'href') ?? '');
    one('<link rel="canonical">', canonical);
    if (canonical[0] !== undefined && metaContent('property', 'og:url')[0] !== canonical[0])
      problems.push(`og:url is not the canonical URL ${canonical[0]}`);
    const hreflangs = links('alternate').map((e) => attr(e, 'hreflang')?.toLowerCase());
    for (const lang of ['nb', 'en'])
      if (!hreflangs.includes(lang)) problems.push(`no <link rel="alternate" hreflang="${lang}">`);
    for (const e of [...links('canonical'), ...links('alternate')])
      if (!(attr(e, 'href') ?? '').startsWith(expected.origin + '/'))
        problems.push(
          `<link rel="${attr(e, 'rel')}" href="${attr(e, 'href')}"> is not on ${expected.origin}`,
        );
  }
  return problems;
}

/** The `<title>` and `og:title` of a page, for checks of what they name. */
export function pageTitles(html: string): { title: string; og: string | undefined } {
  const all = elements(parse(html));
  const title = all.find((e) => e.tagName === 'title');
  const og = all.find((e) => e.tagName === 'meta' && attr(e, 'property') === 'og:title');
  return { title: title ? textOf(title).trim() : '', og: og ? attr(og, 'content') : undefined };
}

/** The text of an element and everything under it. */
function deepText(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return 'childNodes' in node ? node.childNodes.map(deepText).join('') : '';
}

/** Whether an element has a class. */
function hasClass(element: Element, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/\s+/).includes(name);
}

/** The elements under the first element with id `root` (the app's prerendered markup). */
function underRoot(html: string): Element[] {
  const root = elements(parse(html)).find((e) => attr(e, 'id') === 'root');
  return root ? elements(root).slice(1) : [];
}

/** What a prerendered page offers a reader without JavaScript, read from its markup. */
export interface PageOutline {
  h1: string;
  /** The hrefs of the options of a question page, in order. */
  options: string[];
  /** The hrefs of the remedy's links section. */
  links: string[];
  /** The ids of the remedy's items (`item-<id>`) and set-aside lines (`set-aside-<id>`), without the prefix. */
  items: string[];
  setAside: string[];
  buttons: number;
  /** The text of the sentence saying what needs JavaScript, if any. */
  actionsNote: string | undefined;
}

/** The outline of a prerendered page (see PageOutline). */
export function pageOutline(html: string): PageOutline {
  const all = underRoot(html);
  const hrefsIn = (listClass: string, direct: boolean) =>
    all
      .filter((e) => e.tagName === 'ul' && hasClass(e, listClass))
      .flatMap((ul) =>
        direct
          ? ul.childNodes.flatMap((li) =>
              'tagName' in li && li.tagName === 'li'
                ? li.childNodes.filter((a): a is Element => 'tagName' in a && a.tagName === 'a')
                : [],
            )
          : elements(ul).filter((e) => e.tagName === 'a'),
      )
      .map((a) => attr(a, 'href') ?? '');
  const ids = (prefix: string) =>
    all.flatMap((e) => {
      const id = attr(e, 'id');
      return id?.startsWith(prefix) ? [id.slice(prefix.length)] : [];
    });
  const h1 = all.find((e) => e.tagName === 'h1');
  const note = all.find((e) => hasClass(e, 'actions-note'));
  return {
    h1: h1 ? deepText(h1).trim() : '',
    options: hrefsIn('options', true),
    links: hrefsIn('links', false),
    items: ids('item-'),
    setAside: ids('set-aside-'),
    buttons: all.filter((e) => e.tagName === 'button').length,
    actionsNote: note ? deepText(note) : undefined,
  };
}

/** The visible words of a page's <main> (its `textContent`), whitespace folded; empty when it has none. */
export function mainText(html: string): string {
  const main = elements(parse(html)).find((e) => e.tagName === 'main');
  return main ? deepText(main).replace(/\s+/g, ' ') : '';
}
