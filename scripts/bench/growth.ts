/**
 * The growth rows of the bench (`BENCH_ONLY=growth BENCH_SCALES=1,5,10 npm run bench` runs only these): the site
 * built from today's content and from n times as much (scripts/scale-content.ts), each build in a child process
 * timed by GNU time for its wall time and peak memory; then per scale the pages written, the JS a deep remedy page
 * loads in Chromium, the start page's first paint, the search index's size and keystroke p95, a Node pass over
 * every page, the cost per page, and the largest scale's ratios to today's against the budgets.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'parse5';
import { compileContent } from '../../src/compiler/compile.ts';
import { buildSearchShards } from '../../src/compiler/search-index.ts';
import { createShardedEngine } from '../../src/features/start/search-engine.ts';
import { launchChromium } from '../browser.ts';
import { contentScale, scaledContentDir } from '../scale-content.ts';
import { startServer } from '../serve.ts';
import { remedyJs } from './browser.ts';
import { formatKb, formatMs, gzipSize, progress, reason } from './measure.ts';
import { BENCH_LANG, fileOfPage, listFiles, pickPages } from './pages.ts';
import { keystrokes, p95 } from './search.ts';
import { info, judged, skipped } from './table.ts';
import type { Row } from './table.ts';

/** The budgets at the largest scale (issue 24). */
const START_BUDGET = 20_000;
const INDEX_BUDGET = 100_000;
const KEYSTROKE_BUDGET_MS = 16;
const BUILD_RATIO_BUDGET = 4;
const MEMORY_BUDGET = 2 * 2 ** 30;
const GNU_TIME = '/usr/bin/time';

/** The scales to measure: `BENCH_SCALES` (comma-separated whole numbers), 1, 5 and 10 by default. */
export function growthScales(value = process.env.BENCH_SCALES): number[] {
  const scales = (value ?? '1,5,10').split(',').map((s) => contentScale(s.trim()));
  return [...new Set(scales)].sort((a, b) => a - b);
}

interface Measured {
  scale: number;
  wallMs: number;
  peakBytes?: number;
  pages: number;
  remedyJs: Row;
  remedyBytes?: number;
  startBytes: number;
  indexBytes: number;
  textBytes: number;
  keystrokeP95: number;
  nodePassMs: number;
}

/** Builds one scale in a child process (under GNU time where it is installed) and measures the result. */
async function measureScale(root: string, scale: number): Promise<Measured> {
  progress(`growth: building at ${scale}x`);
  const env = { ...process.env, CONTENT_SCALE: String(scale) };
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const script = path.join(root, 'scripts', 'bench', 'growth-build.ts');
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  // GNU time writes its figures to a file of their own: the build's output stays on stdout and stderr.
  const timeFile = path.join(tmpdir(), `sspr-growth-time-${process.pid}-${scale}`);
  const out = timed
    ? execFileSync(GNU_TIME, ['-f', 'peak-kb %M', '-o', timeFile, tsx, script], {
        cwd: root,
        env,
        encoding: 'utf8',
      })
    : execFileSync(tsx, [script], { cwd: root, env, encoding: 'utf8' });
  const peakKb = timed ? Number(/peak-kb (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1]) : Number.NaN;
  if (timed) rmSync(timeFile, { force: true });
  const wallMs = performance.now() - started;
  const built = JSON.parse(out.trim().split('\n').at(-1) as string) as {
    dir: string;
    dist: string;
    pages: number;
  };
  try {
    const contentDir = scale === 1 ? path.join(root, 'content') : scaledContentDir(scale);
    const pages = pickPages(contentDir, built.dist);
    const server = await startServer({ port: 0, root: built.dist });
    const browser = await launchChromium();
    let js: Row;
    try {
      js = await remedyJs(browser, server.url, built.dist, pages);
    } finally {
      await browser.close();
      await server.close();
    }
    const startBytes = gzipSize(readFileSync(fileOfPage(built.dist, pages.start)));
    const assets = readdirSync(path.join(built.dist, 'assets'));
    // The search code and the start page's own language's index (BENCH_LANG's: each language has its own).
    const search = assets.filter(
      (f) => f.startsWith('search-engine-') || f.startsWith(`search-${BENCH_LANG}-`),
    );
    const gzipOf = (files: string[]) =>
      files.reduce((sum, f) => sum + gzipSize(readFileSync(path.join(built.dist, 'assets', f))), 0);
    const indexBytes = gzipOf(search);
    // The second shard (the long text), fetched when the search box is first used.
    const textBytes = gzipOf(assets.filter((f) => f.startsWith('search-text-')));
    const compiled = compileContent(contentDir);
    if (!compiled.tree) throw new Error(`the content at ${scale}x does not compile`);
    // The engine over both shards, as the start page has once its search box is used (two searches merged).
    const shards = buildSearchShards(compiled.tree, compiled.synonyms, BENCH_LANG);
    const engine = createShardedEngine(shards.head).withText(shards.text);
    const keystrokeP95 = p95(keystrokes(engine, compiled.queries));
    const passStarted = performance.now();
    for (const file of listFiles(built.dist).filter((f) => f.endsWith('.html')))
      parse(readFileSync(path.join(built.dist, file), 'utf8'));
    const nodePassMs = performance.now() - passStarted;
    const remedyBytes = Number(/([\d.]+) kB/.exec(js.value)?.[1]) * 1000;
    return {
      scale,
      wallMs,
      ...(Number.isFinite(peakKb) ? { peakBytes: peakKb * 1024 } : {}),
      pages: built.pages,
      remedyJs: js,
      ...(Number.isFinite(remedyBytes) ? { remedyBytes } : {}),
      startBytes,
      indexBytes,
      textBytes,
      keystrokeP95,
      nodePassMs,
    };
  } finally {
    const link = path.join(built.dir, 'node_modules');
    if (existsSync(link)) unlinkSync(link);
    rmSync(built.dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** The growth rows for `scales`; a scale that cannot be built or measured gets a row saying why. */
export async function benchGrowth(root: string, scales = growthScales()): Promise<Row[]> {
  const rows: Row[] = [];
  const done: Measured[] = [];
  for (const scale of scales) {
    try {
      const m = await measureScale(root, scale);
      done.push(m);
      const at = `Growth ${scale}x:`;
      rows.push(
        info(
          `${at} build (client, SSR, prerender, service worker), pages written`,
          `${formatMs(m.wallMs)}, peak ${m.peakBytes === undefined ? 'n/a' : mb(m.peakBytes)}; ${m.pages.toLocaleString('en')} pages, ${formatMs(m.wallMs / m.pages)} per page`,
        ),
        { ...m.remedyJs, measure: `${at} ${m.remedyJs.measure}` },
        judged(
          `${at} start page first paint (HTML + CSS, gzip)`,
          formatKb(m.startBytes),
          '<= 20 kB',
          m.startBytes <= START_BUDGET,
        ),
        judged(
          `${at} search code and index's first shard loaded after first paint (gzip)`,
          formatKb(m.indexBytes),
          '<= 100 kB',
          m.indexBytes <= INDEX_BUDGET,
        ),
        info(
          `${at} search index's second shard, fetched when the box is first used (gzip)`,
          formatKb(m.textBytes),
        ),
        judged(
          `${at} search keystroke to ranked results, p95 (Node)`,
          formatMs(m.keystrokeP95),
          `<= ${KEYSTROKE_BUDGET_MS} ms`,
          m.keystrokeP95 <= KEYSTROKE_BUDGET_MS,
        ),
        info(
          `${at} Node pass over every page (read and parse)`,
          `${formatMs(m.nodePassMs)}, ${formatMs(m.nodePassMs / m.pages)} per page`,
        ),
      );
    } catch (error) {
      rows.push(skipped(`Growth ${scale}x`, reason(error)));
    }
  }
  const first = done[0];
  const last = done.at(-1);
  if (first && last && last !== first) {
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
    const buildRatio = last.wallMs / first.wallMs;
    rows.push(
      judged(
        `Growth ${last.scale}x / ${first.scale}x: build wall time`,
        ratio(last.wallMs, first.wallMs),
        `<= ${BUILD_RATIO_BUDGET}x`,
        buildRatio <= BUILD_RATIO_BUDGET,
      ),
      last.peakBytes === undefined
        ? skipped(
            `Growth ${last.scale}x: peak memory of the build`,
            `${GNU_TIME} is not installed`,
            '<= 2 GB',
          )
        : judged(
            `Growth ${last.scale}x: peak memory of the build`,
            `${mb(last.peakBytes)} (${ratio(last.peakBytes, first.peakBytes ?? last.peakBytes)} of ${first.scale}x)`,
            '<= 2 GB',
            last.peakBytes <= MEMORY_BUDGET,
          ),
      info(
        `Growth ${last.scale}x / ${first.scale}x: pages, remedy JS, start page, search index, keystroke p95, Node pass`,
        [
          ratio(last.pages, first.pages),
          first.remedyBytes && last.remedyBytes ? ratio(last.remedyBytes, first.remedyBytes) : 'n/a',
          ratio(last.startBytes, first.startBytes),
          ratio(last.indexBytes, first.indexBytes),
          ratio(last.keystrokeP95, first.keystrokeP95),
          ratio(last.nodePassMs, first.nodePassMs),
        ].join(', '),
      ),
    );
  }
  return rows;
}
