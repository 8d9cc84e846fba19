import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compileContent } from '../../src/compiler/compile.ts';
import { generateContent } from './generate-content.ts';
import { formatMs, median, progress, quantile, reason, timeSync } from './measure.ts';
import { info, judged, skipped } from './table.ts';
import type { Row } from './table.ts';

/** Warm-up runs before the timed runs of the real content, and the timed runs. */
const WARM_UP = 2;
const RUNS = 15;
/** Runs per generated content set, and the sizes compared. */
const SCALE_RUNS = 3;
const SCALE_SIZES = [1000, 2000] as const;

/** Compiles a folder and fails loudly where it does not compile: a broken compile is no figure. */
function compileOnce(dir: string): number {
  let ok = false;
  const ms = timeSync(() => {
    ok = compileContent(dir).tree !== undefined;
  });
  if (!ok) throw new Error(`${dir} does not compile: run \`npm run content:check\``);
  return ms;
}

/** Compile time of the real content: median and p95 of warm runs in this process. Budget < 300 ms (median). */
export function benchRealCompile(contentDir: string): Row[] {
  const measure = `Compile real content (median / p95 of ${RUNS} warm runs)`;
  try {
    progress(`compiling ${contentDir} ${WARM_UP} + ${RUNS} times`);
    for (let i = 0; i < WARM_UP; i++) compileOnce(contentDir);
    const times = Array.from({ length: RUNS }, () => compileOnce(contentDir));
    const mid = median(times);
    const p95 = quantile(times, 0.95);
    return [judged(measure, `${formatMs(mid)} / ${formatMs(p95)}`, '< 300 ms (median)', mid < 300)];
  } catch (error) {
    return [skipped(measure, reason(error), '< 300 ms (median)')];
  }
}

/** V8's full garbage collection, exposed at run time (the same as node --expose-gc). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * A compile's wall-clock and CPU time (this process's every thread: less moved by other processes' load). The
 * heap is collected first, so a run is not charged for collecting the garbage of the runs before it.
 */
function compileTimed(dir: string): { wall: number; cpu: number } {
  collectGarbage();
  const before = process.cpuUsage();
  const wall = compileOnce(dir);
  const { user, system } = process.cpuUsage(before);
  return { wall, cpu: (user + system) / 1000 };
}

/**
 * Compile time of generated content sets of 1,000 and 2,000 symptoms (median of 3 each; the runs alternate between
 * the sizes, so a change in the machine's load falls on both) and how it grows: 2,000 / 1,000 at most 2.2x. The
 * growth is judged on CPU time, which the other processes of a busy machine move less than wall time.
 */
export function benchScaledCompile(contentDir: string): Row[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'sspr-bench-content-'));
  try {
    const folders = SCALE_SIZES.map((count) => {
      progress(`generating ${count} symptoms`);
      const folder = path.join(dir, String(count));
      generateContent(folder, count, contentDir);
      return folder;
    });
    const runs = folders.map(() => [] as { wall: number; cpu: number }[]);
    for (let run = 1; run <= SCALE_RUNS; run++) {
      folders.forEach((folder, i) => {
        progress(`compiling ${SCALE_SIZES[i]} symptoms, run ${run}/${SCALE_RUNS}`);
        runs[i]?.push(compileTimed(folder));
      });
    }
    const [small, large] = runs.map((r) => ({
      wall: median(r.map((t) => t.wall)),
      cpu: median(r.map((t) => t.cpu)),
    }));
    if (!small || !large) throw new Error('no runs');
    const ratio = large.cpu / small.cpu;
    const row = (count: number, t: { wall: number; cpu: number }) =>
      info(
        `Compile ${count.toLocaleString('en')} generated symptoms (median of ${SCALE_RUNS}, wall / CPU)`,
        `${formatMs(t.wall)} / ${formatMs(t.cpu)}`,
      );
    return [
      row(SCALE_SIZES[0], small),
      row(SCALE_SIZES[1], large),
      judged(
        'Compile growth, 2,000 / 1,000 symptoms (CPU time; wall time in brackets)',
        `${ratio.toFixed(2)}x (${(large.wall / small.wall).toFixed(2)}x)`,
        '<= 2.2x',
        ratio <= 2.2,
      ),
    ];
  } catch (error) {
    return [skipped('Compile generated content, 1,000 and 2,000 symptoms', reason(error), '<= 2.2x')];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
