import { gzipSync, constants } from 'node:zlib';

/** What the benchmark's figures share: statistics, units and the gzip level, in one place. */

/** The gzip level of every size in the table: zlib's best compression, as a static host or CDN pre-compresses. */
export const GZIP_LEVEL = constants.Z_BEST_COMPRESSION;

/** The gzip size of a text or buffer, in bytes, at GZIP_LEVEL. */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: GZIP_LEVEL }).length;
}

/** The value at quantile `q` (0..1) of a list of numbers, by the nearest-rank method; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] as number;
}

/** The median (the lower middle value of an even count, so it is always a measured one). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Runs a synchronous function and returns how long it took, in milliseconds. */
export function timeSync(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/** Milliseconds as text: `12.3 ms`, `123 ms`, or `4.56 s` from 1 s on. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
}

/** Bytes as kilobytes of 1,000 bytes (as Vite prints them), one decimal. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

const START = performance.now();

/** Progress for the person watching, with the seconds since the start: to stderr, so stdout stays the table alone. */
export function progress(message: string): void {
  process.stderr.write(
    `bench [${((performance.now() - START) / 1000).toFixed(1).padStart(5)} s] ${message}\n`,
  );
}

/** An error's message, on one line, short enough for a table cell. */
export function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Whether to keep the temp build and the Lighthouse reports for a look afterwards (`BENCH_KEEP=1`). */
export const KEEP = process.env.BENCH_KEEP === '1';
