import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, chromiumMissing } from '../browser.ts';
import { formatMs, KEEP, median, progress, reason } from './measure.ts';
import { judged, skipped } from './table.ts';
import type { Row } from './table.ts';

/** The Lighthouse the budgets name (13 needs Node 22). */
const LIGHTHOUSE_VERSION = '12.2.3';
/** Runs per page (the median is taken): `BENCH_LIGHTHOUSE_RUNS` overrides. */
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 5);
/** One run's time limit. */
const RUN_TIMEOUT_MS = 180_000;

const CATEGORIES = [
  ['performance', 'Lighthouse performance'],
  ['accessibility', 'Lighthouse accessibility'],
  ['best-practices', 'Lighthouse best practices'],
] as const;
const LCP = 'LCP, deep remedy page vs plain HTML of the article (Lighthouse)';

/** The parts of a Lighthouse report read here. */
interface Report {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; errorMessage?: string } | undefined>;
}

/** The Lighthouse CLI's script, or why it is not there at the right version. */
function lighthouseCli(): string {
  const require = createRequire(import.meta.url);
  let pkg: string;
  try {
    pkg = require.resolve('lighthouse/package.json');
  } catch {
    throw new Error(`lighthouse is not installed (npm install -D lighthouse@${LIGHTHOUSE_VERSION})`);
  }
  const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
  if (version !== LIGHTHOUSE_VERSION)
    throw new Error(`lighthouse ${version} installed, ${LIGHTHOUSE_VERSION} expected`);
  return path.join(path.dirname(pkg), 'cli', 'index.js');
}

/** One Lighthouse run (mobile defaults unless `extraArgs` say otherwise) in its own process, with Debian's Chromium; resolves to its report. */
function runLighthouse(
  cli: string,
  url: string,
  categories: string[],
  out: string,
  flags: readonly string[],
  extraArgs: readonly string[] = [],
): Promise<Report> {
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${out}`,
    `--only-categories=${categories.join(',')}`,
    `--chrome-flags=${['--headless=new', ...CHROMIUM_FLAGS, ...flags].join(' ')}`,
    ...extraArgs,
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: RUN_TIMEOUT_MS, maxBuffer: 16 << 20 },
      (error, _stdout, stderr) => {
        if (error) {
          const last = stderr.trim().split('\n').slice(-3).join(' ');
          reject(new Error(`lighthouse failed: ${error.killed ? 'timed out' : last || error.message}`));
          return;
        }
        try {
          const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
          if (report.runtimeError)
            reject(new Error(`lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`));
          else resolve(report);
        } catch (cause) {
          reject(new Error(`lighthouse wrote no readable report: ${reason(cause)}`));
        }
      },
    );
  });
}

/** The runs' spread, shown beside a median so that it is read against how far the runs move. */
function range(values: readonly number[]): string {
  return `${Math.round(Math.min(...values))}-${Math.round(Math.max(...values))}`;
}

/** A category's score out of 100, or undefined where Lighthouse could not score it. */
function score(report: Report, category: string): number | undefined {
  const value = report.categories[category]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : undefined;
}

/** A report's LCP in milliseconds, or undefined. */
function lcp(report: Report): number | undefined {
  return report.audits['largest-contentful-paint']?.numericValue;
}

/**
 * Lighthouse 12.2.3 with its mobile defaults (simulated throttling) on a deep-linked remedy page and on the plain,
 * script-free HTML page of the same article, served by the same server: the remedy page's scores (median of the
 * runs), and its LCP against the plain page's (medians; runs alternate between the two pages).
 */
export async function benchLighthouse(
  origin: string,
  remedyPath: string,
  plainPath: string,
  flags: readonly string[] = [],
): Promise<Row[]> {
  const notRun = (why: string) => [
    ...CATEGORIES.map(([, label]) => skipped(label, why, '100')),
    skipped(LCP, why, 'within 15% of plain'),
  ];
  let cli: string;
  try {
    const missing = chromiumMissing();
    if (missing) throw new Error(missing);
    cli = lighthouseCli();
  } catch (error) {
    return notRun(reason(error));
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'sspr-bench-lighthouse-'));
  try {
    const app: Report[] = [];
    const plain: Report[] = [];
    for (let run = 1; run <= RUNS; run++) {
      progress(`lighthouse run ${run}/${RUNS}: ${remedyPath}`);
      app.push(
        await runLighthouse(
          cli,
          origin + remedyPath,
          CATEGORIES.map(([id]) => id),
          path.join(dir, `app-${run}.json`),
          flags,
        ),
      );
      progress(`lighthouse run ${run}/${RUNS}: ${plainPath} (plain HTML)`);
      plain.push(
        await runLighthouse(
          cli,
          origin + plainPath,
          ['performance'],
          path.join(dir, `plain-${run}.json`),
          flags,
        ),
      );
    }
    const rows: Row[] = CATEGORIES.map(([id, label]) => {
      const scores = app.map((r) => score(r, id)).filter((s): s is number => s !== undefined);
      if (scores.length === 0) return skipped(label, 'Lighthouse gave no score', '100');
      const mid = median(scores);
      const all = scores.length > 1 ? `runs: ${scores.join(', ')}` : '';
      // What the performance score lost most often: the main thread's blocking time (hydration, on a busy CPU).
      const tbt = app
        .map((r) => r.audits['total-blocking-time']?.numericValue)
        .filter((v) => v !== undefined);
      const extra = id === 'performance' && tbt.length > 0 ? `TBT median ${formatMs(median(tbt))}` : '';
      const notes = [all, extra].filter(Boolean).join('; ');
      return judged(
        `${label} (median of ${scores.length})`,
        notes ? `${mid} (${notes})` : String(mid),
        '100',
        mid === 100,
      );
    });
    const appLcps = app.map(lcp).filter((v): v is number => v !== undefined);
    const plainLcps = plain.map(lcp).filter((v): v is number => v !== undefined);
    const appLcp = median(appLcps);
    const plainLcp = median(plainLcps);
    if (Number.isNaN(appLcp) || Number.isNaN(plainLcp))
      rows.push(skipped(LCP, 'Lighthouse measured no LCP', 'within 15% of plain'));
    else {
      const delta = (appLcp / plainLcp - 1) * 100;
      rows.push(
        judged(
          `${LCP}, median of ${RUNS}`,
          `${formatMs(appLcp)} vs ${formatMs(plainLcp)} (${delta >= 0 ? '+' : ''}${delta.toFixed(1)}%; ` +
            `runs ${range(appLcps)} vs ${range(plainLcps)} ms)`,
          'within 15% of plain',
          appLcp <= plainLcp * 1.15,
        ),
      );
    }
    return rows;
  } catch (error) {
    return notRun(reason(error));
  } finally {
    if (KEEP) progress(`kept the Lighthouse reports in ${dir} (BENCH_KEEP=1)`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** The protocols the applied-throttling rows are measured over, and the Chromium flags that pick each. */
const PROTOCOLS = [
  { label: 'HTTP/2', flags: [] },
  // The same HTTPS server; Chromium then offers only HTTP/1.1 in the TLS handshake.
  { label: 'HTTP/1.1', flags: ['--disable-http2'] },
] as const;
/** Lighthouse's applied throttling with its mobile settings: Slow 4G (562.5 ms per request, 1.6 Mbps), 4x CPU. */
const APPLIED = ['--throttling-method=devtools'];
/** The applied-throttling budget: the deep remedy page's LCP at most this many times the plain page's. */
const APPLIED_LCP_RATIO_BUDGET = 1.1;
const appliedLabel = (protocol: string) =>
  `LCP with applied throttling (Slow 4G, 4x CPU), deep remedy page vs plain HTML, ${protocol}`;

/**
 * Lighthouse 12.2.3 with applied (devtools) throttling, which really slows the network and the CPU: what a person
 * on a slow link feels, where the simulated rows model it. For each protocol, the deep remedy page and the plain
 * page alternate for RUNS runs each; the row gives the medians, their ratio and the runs' spread.
 * `flags` must make Chromium trust the server (HTTPS): HTTP/1.1 is then picked by `--disable-http2`.
 */
export async function benchAppliedLighthouse(
  origin: string,
  remedyPath: string,
  plainPath: string,
  flags: readonly string[] = [],
): Promise<Row[]> {
  const budget = `<= ${APPLIED_LCP_RATIO_BUDGET.toFixed(2)}x plain`;
  const notRun = (why: string) => PROTOCOLS.map(({ label }) => skipped(appliedLabel(label), why, budget));
  let cli: string;
  try {
    const missing = chromiumMissing();
    if (missing) throw new Error(missing);
    if (!origin.startsWith('https:')) throw new Error('needs the HTTPS server (openssl) for HTTP/2');
    cli = lighthouseCli();
  } catch (error) {
    return notRun(reason(error));
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'sspr-bench-lighthouse-applied-'));
  try {
    const rows: Row[] = [];
    for (const protocol of PROTOCOLS) {
      const label = appliedLabel(protocol.label);
      const lcps = { app: [] as number[], plain: [] as number[] };
      try {
        for (let run = 1; run <= RUNS; run++) {
          for (const [kind, pagePath] of [
            ['app', remedyPath],
            ['plain', plainPath],
          ] as const) {
            progress(`lighthouse applied ${protocol.label} run ${run}/${RUNS}: ${pagePath}`);
            const report = await runLighthouse(
              cli,
              origin + pagePath,
              ['performance'],
              path.join(dir, `${kind}-${protocol.flags.length}-${run}.json`),
              [...flags, ...protocol.flags],
              APPLIED,
            );
            const value = lcp(report);
            if (value !== undefined) lcps[kind].push(value);
          }
        }
      } catch (error) {
        rows.push(skipped(label, reason(error), budget));
        continue;
      }
      if (lcps.app.length === 0 || lcps.plain.length === 0) {
        rows.push(skipped(label, 'Lighthouse measured no LCP', budget));
        continue;
      }
      const app = median(lcps.app);
      const plain = median(lcps.plain);
      const ratio = app / plain;
      rows.push(
        judged(
          `${label}, median of ${RUNS}`,
          `${formatMs(app)} vs ${formatMs(plain)}: ${ratio.toFixed(2)}x ` +
            `(runs ${range(lcps.app)} vs ${range(lcps.plain)} ms)`,
          budget,
          ratio <= APPLIED_LCP_RATIO_BUDGET,
        ),
      );
    }
    return rows;
  } finally {
    if (KEEP) progress(`kept the applied-throttling Lighthouse reports in ${dir} (BENCH_KEEP=1)`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
