import { existsSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { prerender } from '../prerender.ts';
import { buildServiceWorker } from '../service-worker.ts';
import type { PrerenderResult } from '../prerender.ts';
import { progress } from './measure.ts';

/** A build of the site in a temp folder of the benchmark's own (never `dist/`, which other work owns). */
export interface TempBuild {
  /** The temp folder. */
  dir: string;
  /** The client build, then the prerendered site: what a static host serves. */
  dist: string;
  /** The server entry of the SSR build. */
  ssrEntry: string;
  /** Removes the temp folder. */
  remove(): void;
}

/** The file name of the entry chunk in a Vite build result, whatever shape (one output or several) it has. */
function entryFileName(result: unknown): string | undefined {
  const outputs = (Array.isArray(result) ? result : [result]) as { output?: unknown[] }[];
  for (const { output = [] } of outputs) {
    for (const chunk of output as { type?: string; isEntry?: boolean; fileName?: string }[]) {
      if (chunk.type === 'chunk' && chunk.isEntry && chunk.fileName) return chunk.fileName;
    }
  }
  return undefined;
}

/**
 * Builds the client (`vite build --outDir <tmp>/dist`) and the server entry (`vite build --ssr
 * src/app/entry-server.tsx --outDir <tmp>/dist-ssr`) with the project's vite.config.ts, from the project root.
 * The SSR build keeps its dependencies external, so the temp folder gets a `node_modules` link to the project's.
 */
export async function buildToTemp(root: string): Promise<TempBuild> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sspr-bench-build-'));
  const link = path.join(dir, 'node_modules');
  const remove = () => {
    // The link first, on its own: removing the folder must never reach into the project's node_modules.
    if (existsSync(link)) unlinkSync(link);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    symlinkSync(path.join(root, 'node_modules'), link, 'dir');
    const dist = path.join(dir, 'dist');
    const ssrOut = path.join(dir, 'dist-ssr');
    progress(`vite build --outDir ${dist}`);
    await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    progress(`vite build --ssr src/app/entry-server.tsx --outDir ${ssrOut}`);
    const ssr = await build({
      root,
      logLevel: 'warn',
      build: { ssr: 'src/app/entry-server.tsx', outDir: ssrOut, emptyOutDir: true },
    });
    const ssrEntry = path.join(ssrOut, entryFileName(ssr) ?? 'entry-server.js');
    return { dir, dist, ssrEntry, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Prerenders the temp build once, timed by prerender() itself, then builds its service worker (not timed). */
export async function prerenderTemp(built: TempBuild): Promise<PrerenderResult> {
  progress('prerendering every page');
  const result = await prerender({ dist: built.dist, ssrEntry: built.ssrEntry });
  progress('building the service worker');
  await buildServiceWorker({ dist: built.dist });
  return result;
}
