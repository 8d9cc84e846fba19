import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The origin the built site is served from, e.g. `http://127.0.0.1:40123`. */
    baseURL: string;
  }
}

/** Serves dist/ (as built by `npm run build`) with the production headers on a free port for the whole run. */
export default async function setup(project: TestProject) {
  const server = await startServer({ port: 0, root: path.resolve('dist') });
  project.provide('baseURL', server.url);
  return async () => {
    await server.close();
  };
}
