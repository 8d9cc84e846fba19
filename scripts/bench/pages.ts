import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { startPath, statePath, symptomPath } from '../../src/tree/paths.ts';
import type { Lang } from '../../src/tree/lang.ts';

/** The language of the pages measured: the article's own (Norwegian). */
export const BENCH_LANG: Lang = 'nb';

/** The pages the benchmark measures, one of each kind, by URL path; and the symptoms' first steps. */
export interface BenchPages {
  start: string;
  question: string;
  /** The remedy page reached by the most answers (of those, the largest HTML): a deep link from a ticket. */
  remedy: string;
  notFound: string;
  /** Each symptom's first step, in the rules' order. */
  symptoms: string[];
}

/** The file a page path is served from: `/x/` -> `x/index.html`, `/404.html` -> `404.html`. */
export function fileOfPage(dist: string, pagePath: string): string {
  if (pagePath.endsWith('.html')) return path.join(dist, ...pagePath.split('/').filter(Boolean));
  return path.join(dist, ...pagePath.split('/').filter(Boolean), 'index.html');
}

/** Picks the pages to measure from the compiled content, checking each was built. */
export function pickPages(contentDir: string, dist: string): BenchPages {
  const tree = compileOrThrow(contentDir);
  const states = enumerateStates(tree);
  const question = states.find((s) => s.kind === 'question' && s.answers.length === 0);
  const remedies = states.filter((s) => s.kind === 'remedy');
  if (!question || remedies.length === 0) throw new Error('the content has no question or no remedy page');
  const deepest = Math.max(...remedies.map((s) => s.answers.length));
  const sizeOf = (p: string) => (existsSync(fileOfPage(dist, p)) ? statSync(fileOfPage(dist, p)).size : -1);
  const remedy = remedies
    .filter((s) => s.answers.length === deepest)
    .map((s) => statePath(tree, BENCH_LANG, s))
    .sort((a, b) => sizeOf(b) - sizeOf(a))[0] as string;
  const pages: BenchPages = {
    start: startPath(BENCH_LANG),
    question: statePath(tree, BENCH_LANG, question),
    remedy,
    notFound: '/404.html',
    symptoms: tree.symptoms.map((s) => symptomPath(BENCH_LANG, s.id)),
  };
  for (const p of [pages.start, pages.question, pages.remedy, pages.notFound]) {
    if (!existsSync(fileOfPage(dist, p))) throw new Error(`${p} was not prerendered`);
  }
  return pages;
}

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full, base);
    return [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** The stylesheets an HTML page links (`<link rel="stylesheet" href>`), as URL paths. */
export function stylesheetsOf(html: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href) hrefs.push(href);
  }
  return hrefs;
}

/** The `<style>` elements of an HTML page, whole, in order. */
export function inlineStylesOf(html: string): string[] {
  return [...html.matchAll(/<style>[\s\S]*?<\/style>/g)].map(([element]) => element);
}

/** Reads a built file by its URL path (`/assets/x.css`), or undefined where it is not a file of the build. */
export function readBuilt(dist: string, urlPath: string): Buffer | undefined {
  const file = path.join(dist, ...decodeURIComponent(urlPath.split(/[?#]/, 1)[0] ?? '').split('/'));
  if (!file.startsWith(dist + path.sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return readFileSync(file);
}
