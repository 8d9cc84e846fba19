/**
 * One build of the growth bench, in a process of its own so that its wall time and peak memory are the build's
 * alone: the client and server builds of the content `CONTENT_SCALE` asks for (see scripts/scale-content.ts), the
 * prerender and the service worker, into a temp folder. Prints what it built as one line of JSON; the bench
 * (scripts/bench/growth.ts) measures the folder, then removes it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildToTemp, prerenderTemp } from './temp-build.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = await buildToTemp(ROOT);
const { paths } = await prerenderTemp(built);
process.stdout.write(`${JSON.stringify({ dir: built.dir, dist: built.dist, pages: paths.length })}\n`);
