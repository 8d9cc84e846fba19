/**
 * Serves the built site as a static host would, with the production headers (scripts/headers.ts): `/x/` serves
 * `x/index.html`, `/x` (a folder) redirects to `/x/`, an unknown path gets the nearest 404 page (`en/404.html`
 * for `/en/...`, else `404.html`) with status 404, text is compressed, no directory listing, nothing outside the
 * folder. Usage: `tsx scripts/serve.ts` (PORT overrides 4173); or `startServer()` in-process from tests and the
 * benchmark.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import type { Http2Session } from 'node:http2';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, inlineStyleHashes } from './headers.ts';
import { isLang } from '../src/tree/paths.ts';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Types sirv's table (mrmime) lacks; sent with nosniff, a missing type would make the browser ignore the file. */
const EXTRA_TYPES: Record<string, string> = { '.ico': 'image/x-icon' };

/** Host configuration files: read by the host, never served. */
const HIDDEN = new Set(['/_headers', '/staticwebapp.config.json']);

/** A running server. */
export interface StaticServer {
  /** Its origin, e.g. `http://127.0.0.1:4173`. */
  url: string;
  port: number;
  server: Server | ReturnType<typeof createSecureServer>;
  close(): Promise<void>;
}

/** Options of startServer. */
export interface ServerOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The folder to serve (the build output). */
  root?: string;
  host?: string;
  /**
   * A key and certificate (PEM) to serve HTTPS with HTTP/2, as the static hosts the README names do (HTTP/1.1 for
   * clients without it). Without them the server speaks plain HTTP/1.1.
   */
  tls?: { key: string; cert: string };
}

/** The decoded request path, or undefined for one no static host would map to a file (`..`, `//`, NUL, bad %). */
function requestPath(rawUrl: string): string | undefined {
  const raw = rawUrl.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return undefined;
  if (path.posix.normalize(decoded) !== decoded) return undefined;
  return decoded;
}

/** Starts serving a built site; resolves once it listens. */
export async function startServer({
  port = 4173,
  root = DIST,
  host = '127.0.0.1',
  tls,
}: ServerOptions = {}): Promise<StaticServer> {
  const dir = path.resolve(root);
  const notFoundFile = path.join(dir, '404.html');
  if (!existsSync(notFoundFile))
    throw new Error(`serve: ${notFoundFile} is missing: run \`npm run build\` first`);
  // etag: conditional requests answer 304; extensions: `/x/` -> `x/index.html`. Files are listed once, at start.
  const files = sirv(dir, {
    etag: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders: (res, pathname) => {
      const type = EXTRA_TYPES[path.extname(pathname)];
      if (type) res.setHeader('Content-Type', type);
    },
  });
  const compress = compression();
  // Every page is built from one template, as 404.html is: its inline styles are the ones the policy must allow.
  const styleHashes = inlineStyleHashes(readFileSync(notFoundFile, 'utf8'));

  // The 404 page nearest to the URL, as Cloudflare Pages picks it: `/en/...` gets en/404.html where it exists.
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const first = requestPath(req.url ?? '/')?.split('/')[1];
    const own = first ? path.join(dir, first, '404.html') : '';
    const body = readFileSync(first && isLang(first) && existsSync(own) ? own : notFoundFile);
    res.writeHead(404, { 'Content-Type': 'text/html;charset=utf-8', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const raw = req.url ?? '/';
    const pathname = requestPath(raw);
    for (const [name, value] of Object.entries(headersFor(pathname ?? '/', styleHashes)))
      res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === undefined || HIDDEN.has(pathname)) return notFound(req, res);
    if (!pathname.endsWith('/')) {
      const folder = path.join(dir, pathname);
      if (existsSync(path.join(folder, 'index.html')) && statSync(folder).isDirectory()) {
        const q = raw.indexOf('?');
        const location = q < 0 ? `${raw}/` : `${raw.slice(0, q)}/${raw.slice(q)}`;
        res.writeHead(301, { Location: location }).end();
        return;
      }
    }
    files(req, res, () => notFound(req, res));
  };

  // compression is typed for Express, yet needs only Node's request and response.
  type Req = Parameters<typeof compress>[0];
  type Res = Parameters<typeof compress>[1];
  const serve = (req: IncomingMessage, res: ServerResponse) =>
    compress(req as unknown as Req, res as unknown as Res, () => handle(req, res));
  // Node's HTTP/2 compatibility request and response offer what sirv, compression and handle() use.
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, serve as never) : createServer(serve);
  const sessions = new Set<Http2Session>();
  server.on('session', (session: Http2Session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const shownHost = tls ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `${tls ? 'https' : 'http'}://${shownHost}:${actual}`,
    port: actual,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
        for (const session of sessions) session.destroy();
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  try {
    const { port: actual } = await startServer({ port });
    console.log(`Serving dist/ at http://localhost:${actual}/nb/`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
