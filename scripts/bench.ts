/**
 * `npm run bench`: measures the budgets of issue 4 and prints them as one Markdown table on stdout (progress goes
 * to stderr): compile time of the real and of generated content, prerender time, gzip sizes per kind of page, the
 * JS a remedy page loads, step transitions in Chromium, and Lighthouse against a plain HTML page of the article.
 * It builds into a temp folder of its own (never `dist/`) and measures what was built. A measure that cannot run
 * prints a row saying why; a budget over is reported, not failed: the script exits 0 (it is a report, not a test).
 * `BENCH_LIGHTHOUSE_RUNS` sets the Lighthouse runs per page (default 3); `BENCH_KEEP=1` keeps the temp build and
 * the Lighthouse reports.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.ts';
import { makeBenchTls } from './bench/tls.ts';
import type { BenchTls } from './bench/tls.ts';
import { benchBrowser } from './bench/browser.ts';
import { benchRealCompile, benchScaledCompile } from './bench/compile-bench.ts';
import { benchLighthouse } from './bench/lighthouse.ts';
import { formatMs, GZIP_LEVEL, KEEP, progress, reason } from './bench/measure.ts';
import { fileOfPage, pickPages } from './bench/pages.ts';
import { writePlainPage } from './bench/plain-page.ts';
import { benchSizes } from './bench/sizes.ts';
import { info, judged, markdownTable, skipped } from './bench/table.ts';
import type { Row } from './bench/table.ts';
import { buildToTemp, prerenderTemp } from './bench/temp-build.ts';
import type { TempBuild } from './bench/temp-build.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONTENT = 'content';

/** The rows of everything that needs the built site, or rows saying why none could be measured. */
async function benchBuilt(contentDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  let built: TempBuild;
  try {
    built = await buildToTemp(ROOT);
  } catch (error) {
    const why = `the build failed: ${reason(error)}`;
    return [
      skipped('Prerender every page', why, '< 30 s'),
      skipped('Sizes, JS loaded, step transitions, Lighthouse', why),
    ];
  }
  try {
    try {
      const { paths, ms } = await prerenderTemp(built);
      rows.push(
        judged(
          'Prerender every page (pages + 404.html, time)',
          `${paths.length.toLocaleString('en')} pages + 404.html in ${formatMs(ms)}`,
          '< 30 s',
          ms < 30_000,
        ),
      );
    } catch (error) {
      return [...rows, skipped('Prerender every page', reason(error), '< 30 s')];
    }
    const pages = pickPages(contentDir, built.dist);
    rows.push(...benchSizes(built.dist, pages));
    const plainPath = writePlainPage(
      contentDir,
      built.dist,
      readFileSync(fileOfPage(built.dist, pages.remedy), 'utf8'),
    );
    // HTTPS with HTTP/2, as the static hosts serve; over HTTP/1.1 any script a page requests costs Lighthouse's
    // model a second connection before the first paint, which no host the README names would make it pay.
    let tls: BenchTls | undefined;
    try {
      tls = makeBenchTls();
    } catch (error) {
      progress(`no certificate (${reason(error)}): serving HTTP/1.1`);
    }
    const server = await startServer({ port: 0, root: built.dist, tls });
    const flags = tls ? [tls.chromiumFlag] : [];
    progress(`serving ${server.url} (${tls ? 'HTTPS, HTTP/2' : 'HTTP/1.1'})`);
    try {
      rows.push(...(await benchBrowser(server.url, built.dist, pages, flags)));
      rows.push(...(await benchLighthouse(server.url, pages.remedy, plainPath, flags)));
    } finally {
      await server.close();
    }
    return rows;
  } catch (error) {
    return [...rows, skipped('The remaining measures', reason(error))];
  } finally {
    if (KEEP) progress(`kept the build in ${built.dir} (BENCH_KEEP=1)`);
    else built.remove();
  }
}

const started = performance.now();
const when = new Date();
const load = loadavg()[0] ?? 0;
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${process.platform}`;

const rows: Row[] = [
  ...benchRealCompile(CONTENT),
  ...benchScaledCompile(CONTENT),
  ...(await benchBuilt(CONTENT)),
];
if (rows.length === 0) rows.push(info('Nothing', 'measured'));
const over = rows.filter((r) => r.result === 'over').length;
const notMeasured = rows.filter((r) => r.result === 'n/a').length;

process.stdout.write(
  [
    `Benchmark of ${when.toISOString().slice(0, 10)} ${when.toISOString().slice(11, 16)} UTC on ${machine}; load average ${load.toFixed(1)} at the start.`,
    '',
    markdownTable(rows),
    '',
    `Sizes are gzip level ${GZIP_LEVEL} (node:zlib) of the built files; kB = 1,000 bytes. ${over} over budget, ${notMeasured} not measured; ran ${formatMs(performance.now() - started)}.`,
    '',
  ].join('\n'),
);
progress('done');
