import { readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestOfWorker } from '../service-worker.ts';
import { formatKb, gzipSize } from './measure.ts';
import { fileOfPage, inlineStylesOf, listFiles, readBuilt, stylesheetsOf } from './pages.ts';
import type { BenchPages } from './pages.ts';
import { info, judged } from './table.ts';
import type { Row } from './table.ts';

/** Budgets, in bytes (kB of 1,000 bytes, as Vite prints them). */
const CSS_BUDGET = 10_000;
const FIRST_PAINT_BUDGET = 14_000;
export const REMEDY_JS_BUDGET = 130_000;

/** The gzip size of the HTML of one page (its inline CSS included) plus that of every stylesheet it links. */
function firstPaintBytes(dist: string, html: Buffer): number {
  let bytes = gzipSize(html);
  for (const href of stylesheetsOf(html.toString('utf8'))) {
    const css = readBuilt(dist, href);
    if (css) bytes += gzipSize(css);
  }
  return bytes;
}

/**
 * Gzip sizes from the built files: the HTML of each kind of page, the CSS, the HTML + CSS a page's first paint needs
 * (the largest of all prerendered pages, against TCP's first round trip of about 14 kB), and all the JS built.
 */
export function benchSizes(dist: string, pages: BenchPages): Row[] {
  const files = listFiles(dist);
  const htmlRow = (label: string, pagePath: string) =>
    info(`HTML gzip, ${label} (${pagePath})`, formatKb(gzipSize(readFileSync(fileOfPage(dist, pagePath)))));
  const rows = [
    htmlRow('start page', pages.start),
    htmlRow('question page', pages.question),
    htmlRow('deep remedy page', pages.remedy),
    htmlRow('404 page', pages.notFound),
  ];

  // The CSS is inline in every page (the same text in each) and/or in files: each distinct text counted once.
  const html = files.filter((name) => name.endsWith('.html'));
  const inline = new Set(html.flatMap((f) => inlineStylesOf(readFileSync(path.join(dist, f), 'utf8'))));
  const css = files.filter((f) => f.endsWith('.css'));
  const cssBytes =
    css.reduce((sum, f) => sum + gzipSize(readFileSync(path.join(dist, f))), 0) +
    [...inline].reduce((sum, element) => sum + gzipSize(element), 0);
  const where = [
    css.length > 0 ? `${css.length} file${css.length === 1 ? '' : 's'}` : '',
    inline.size > 0 ? `${inline.size} inline text${inline.size === 1 ? '' : 's'}, in every page` : '',
  ].filter(Boolean);
  rows.push(judged(`CSS gzip (${where.join(', ')})`, formatKb(cssBytes), '<= 10 kB', cssBytes <= CSS_BUDGET));

  let largest = { page: '', bytes: 0 };
  for (const f of html) {
    const bytes = firstPaintBytes(dist, readFileSync(path.join(dist, f)));
    if (bytes > largest.bytes) largest = { page: `/${f.replace(/(^|\/)index\.html$/, '$1')}`, bytes };
  }
  const remedy = firstPaintBytes(dist, readFileSync(fileOfPage(dist, pages.remedy)));
  rows.push(
    judged(
      `First paint HTML + CSS gzip, deep remedy page / largest of all pages (${largest.page})`,
      `${formatKb(remedy)} / ${formatKb(largest.bytes)}`,
      '<= 14 kB (largest)',
      largest.bytes <= FIRST_PAINT_BUDGET,
    ),
  );

  // The service worker, and what it downloads at install (after the app has started, never before the first paint).
  const worker = readBuilt(dist, '/sw.js');
  if (worker) {
    const manifest = manifestOfWorker(worker.toString('utf8'));
    const precached = manifest.reduce((sum, { url }) => {
      const file = readBuilt(dist, url.endsWith('/') ? `${url}index.html` : url);
      if (!file) throw new Error(`sw.js precaches ${url}, which is not a file of the build`);
      return sum + gzipSize(file);
    }, 0);
    rows.push(
      info(
        `Service worker gzip (sw.js) / what it precaches at install (${manifest.length} files)`,
        `${formatKb(gzipSize(worker))} / ${formatKb(precached)}`,
      ),
    );
  }

  const js = files.filter((f) => f.endsWith('.js'));
  const jsBytes = js.reduce((sum, f) => sum + gzipSize(readFileSync(path.join(dist, f))), 0);
  rows.push(info(`JS gzip, total in the build (${js.length} files)`, formatKb(jsBytes)));
  return rows;
}
