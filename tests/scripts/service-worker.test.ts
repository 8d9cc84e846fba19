import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  buildServiceWorker,
  fileOfPath,
  manifestOfWorker,
  pathOfFile,
  precachePatterns,
} from '../../scripts/service-worker.ts';
import { shellPaths } from '../../src/sw/offline.ts';

describe('paths and files', () => {
  test.each([
    ['/', 'index.html'],
    ['/en/', 'en/index.html'],
    ['/en/codes/', 'en/codes/index.html'],
    ['/en/offline.html', 'en/offline.html'],
    ['/assets/index-AbC.js', 'assets/index-AbC.js'],
  ])('%s is served from %s, and back', (pagePath, file) => {
    expect(fileOfPath(pagePath)).toBe(file);
    expect(pathOfFile(file)).toBe(pagePath);
  });

  test('the worker precaches the pages stored at install, every asset and the icon', () => {
    expect(precachePatterns()).toEqual([...shellPaths().map(fileOfPath), 'assets/**/*', 'favicon.ico']);
  });
});

describe('buildServiceWorker', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  /** A built site of the pages stored at install, one asset and one other page, in a temp folder. */
  async function site(pages = shellPaths()): Promise<string> {
    const dist = await mkdtemp(path.join(tmpdir(), 'sw-test-'));
    dirs.push(dist);
    for (const file of [
      ...pages.map(fileOfPath),
      'assets/index-AbC.js',
      'en/other/index.html',
      'favicon.ico',
    ]) {
      await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
      await writeFile(path.join(dist, file), `content of ${file}`);
    }
    return dist;
  }

  test('writes sw.js with the manifest: pages with a revision, hashed assets without, no other page', async () => {
    const dist = await site();
    const { file, count } = await buildServiceWorker({ dist });
    expect(file).toBe(path.join(dist, 'sw.js'));
    const worker = await readFile(file, 'utf8');
    expect(worker).not.toContain('__WB_MANIFEST');
    const manifest = manifestOfWorker(worker);
    expect(manifest.map((e) => e.url).sort()).toEqual(
      [...shellPaths(), '/assets/index-AbC.js', '/favicon.ico'].sort(),
    );
    expect(count).toBe(manifest.length);
    for (const e of manifest) expect(e.revision === null, e.url).toBe(e.url.startsWith('/assets/'));
  }, 60_000);

  test('refuses a site whose pages stored at install were not prerendered', async () => {
    const dist = await site(shellPaths().filter((p) => p !== '/en/offline.html'));
    await expect(buildServiceWorker({ dist })).rejects.toThrow('/en/offline.html not built');
  }, 60_000);
});
