/**
 * Issue 5: the Nu HTML Checker (vnu-jar, needs Java) reports 0 errors on every prerendered page: one run over the
 * whole of dist/ (`--skip-non-html` keeps it to the HTML files, recursively).
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';

/** vnu-jar's main export is the path of its jar. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Runs the checker; its JSON report goes to stderr, and it exits 1 when it found errors. */
function runVnu(args: string[]): Promise<{ code: number; report: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.env.JAVA ?? 'java',
      ['-Xss8m', '-jar', vnuJar, ...args],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, report: stderr });
      },
    );
  });
}

/** How many HTML files a folder holds, recursively. */
function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

test('the Nu HTML Checker reports 0 errors over every page in dist/', async () => {
  const dist = path.resolve('dist');
  const started = performance.now();
  const { code, report } = await runVnu(['--errors-only', '--skip-non-html', '--format', 'json', dist]);
  const messages = (JSON.parse(report) as { messages: VnuMessage[] }).messages;
  console.log(
    `[vnu] ${countHtml(dist)} HTML files checked in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  const errors = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .map(
      (m) =>
        `${m.url ? path.relative(dist, new URL(m.url).pathname) : '?'}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}: ${m.message}${m.extract ? ` [${m.extract}]` : ''}`,
    );
  expect(errors.slice(0, 50), `${errors.length} errors`).toEqual([]);
  expect(code).toBe(0);
}, 600_000);
