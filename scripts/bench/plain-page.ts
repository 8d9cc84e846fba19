import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from 'yaml';
import { RULES_FILE } from '../../src/compiler/compile.ts';
import { inlineStylesOf, readBuilt, stylesheetsOf } from './pages.ts';

/** Where the plain page is written in the built site, and so its URL path. */
const PLAIN_PATH = '/bench-plain/';

/** Escapes text for HTML. */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
}

/**
 * Writes the baseline for Lighthouse's LCP comparison into the built site: the Norwegian article as plain HTML
 * (remark -> mdast -> hast -> HTML), no scripts, with the app page's CSS in one `<style>` element: what a page
 * that needs nothing but its HTML paints at (the server's policy allows the site's inline style by its hash; the
 * same text as the app's, so the same hash). Its URL is
 * PLAIN_PATH; write it before the server starts (the server lists its files once).
 */
export function writePlainPage(contentDir: string, dist: string, appPageHtml: string): string {
  const rules = parse(readFileSync(path.join(contentDir, RULES_FILE), 'utf8')) as { article?: unknown };
  if (typeof rules.article !== 'string') throw new Error(`${RULES_FILE} names no article`);
  const source = readFileSync(path.join(contentDir, 'nb', `${rules.article}.md`), 'utf8');
  const mdast = unified().use(remarkParse).use(remarkFrontmatter).parse(source) as Root;
  const front = mdast.children.find((node) => node.type === 'yaml');
  const meta = (front ? parse(front.value) : {}) as { title?: unknown };
  mdast.children = mdast.children.filter((node) => node.type !== 'yaml');
  const title = typeof meta.title === 'string' ? meta.title : rules.article;
  // The CSS the app's page uses, linked or inline, goes inline here: the floor is a page that paints from its HTML.
  const css = [
    ...stylesheetsOf(appPageHtml).map((href) => {
      const file = readBuilt(dist, href);
      if (!file) throw new Error(`the remedy page links ${href}, which is not a file of the build`);
      return file.toString('utf8').trim();
    }),
    ...inlineStylesOf(appPageHtml).map((element) => element.replace(/^<style>|<\/style>$/g, '')),
  ].join('');
  const style = `<style>${css}</style>`;
  const html = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="${escapeHtml(title)}" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="/favicon.ico" sizes="32x32" />
    ${style}
  </head>
  <body>
    <main id="main">
${toHtml(toHast(mdast))}
    </main>
  </body>
</html>
`;
  const dir = path.join(dist, ...PLAIN_PATH.split('/').filter(Boolean));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), html);
  return PLAIN_PATH;
}
