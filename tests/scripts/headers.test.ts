import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  contentSecurityPolicy,
  headersFile,
  headersFor,
  inlineStyleHashes,
  metaContentSecurityPolicy,
  securityHeaders,
  staticWebAppConfig,
  styleHashSource,
  tenantCheckSettings,
  withCspMeta,
  writeHostConfig,
} from '../../scripts/headers.ts';
import { startServer } from '../../scripts/serve.ts';
import type { StaticServer } from '../../scripts/serve.ts';

/** Parses a `_headers` file into pattern -> headers. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      current = {};
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`not a header line: ${line}`);
    current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** A GET with the path sent as written (fetch would resolve `..` and `%2e%2e` before sending). */
function get(
  url: string,
  rawPath: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The site's stylesheet stand-in, and its hash source as CSP computes it (SHA-256 of the UTF-8 text, base64). */
const CSS = ':root{color:#1b1b1b}@media print{.actions{display:none}}';
const HASH = `'sha256-${createHash('sha256').update(CSS).digest('base64')}'`;
const SECURITY_HEADERS = securityHeaders([HASH]);

describe('the inline style hash', () => {
  it('is the SHA-256 of the exact text, base64, as a CSP source', () => {
    expect(styleHashSource(CSS)).toBe(HASH);
    // The digest of the empty string, as CSP Level 3 spells it.
    expect(styleHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(styleHashSource(`${CSS} `)).not.toBe(HASH);
  });

  it("is taken from each of a page's <style> elements, once per distinct text", () => {
    const html = `<head><style>${CSS}</style></head><body><style>a{}</style><style>${CSS}</style></body>`;
    expect(inlineStyleHashes(html)).toEqual([HASH, styleHashSource('a{}')]);
    expect(inlineStyleHashes('<head><link rel="stylesheet" href="/a.css"></head>')).toEqual([]);
  });
});

describe('the header set', () => {
  it('holds the strict CSP, nosniff, no-referrer and a Permissions-Policy that only allows clipboard-write', () => {
    expect(contentSecurityPolicy([HASH])).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' ${HASH}; img-src 'self' data:; font-src 'self'; ` +
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
    );
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(contentSecurityPolicy([HASH]));
    expect(contentSecurityPolicy([])).toContain("; style-src 'self'; ");
    // Inline styles only by hash: every style source is 'self' or a sha256 of one text.
    const styleSources = /style-src ([^;]*)/.exec(contentSecurityPolicy([HASH]))?.[1]?.split(' ') ?? [];
    expect(styleSources.every((s) => s === "'self'" || /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toBe(true);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    const policy = (SECURITY_HEADERS['Permissions-Policy'] ?? '').split(', ');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(policy).toContain(`${feature}=()`);
    expect(policy.filter((p) => !p.endsWith('=()'))).toEqual(['clipboard-write=(self)']);
  });

  it("lets a page register the site's own service worker, and no other", () => {
    // No worker-src: workers fall back to script-src, which allows this origin's scripts alone.
    const directives = contentSecurityPolicy([HASH]).split('; ');
    expect(directives.some((d) => d.startsWith('worker-src') || d.startsWith('child-src'))).toBe(false);
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("connect-src 'self'");
  });

  it('makes hashed assets immutable and revalidates everything else', () => {
    expect(headersFor('/assets/index-abc123.js', [HASH])['Cache-Control']).toBe(CACHE_IMMUTABLE);
    // The service worker too: a host must never serve an old worker after a new build.
    for (const page of ['/', '/nb/', '/404.html', '/sitemap.xml', '/favicon.ico', '/sw.js'])
      expect(headersFor(page, [HASH])['Cache-Control']).toBe(CACHE_REVALIDATE);
    expect(headersFor('/nb/', [HASH])).toMatchObject(SECURITY_HEADERS);
  });
});

describe('the policy in each page', () => {
  const template = [
    '<!doctype html>',
    '<html lang="nb">',
    '  <head>',
    '    <meta charset="UTF-8" />',
    '    <script type="module" src="/assets/index-abc.js"></script>',
    `    <style>${CSS}</style>`,
    '  </head>',
    '</html>',
  ].join('\n');

  it('is the header policy less frame-ancestors, which a <meta> element cannot carry', () => {
    expect(metaContentSecurityPolicy([HASH])).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' ${HASH}; img-src 'self' data:; font-src 'self'; ` +
        "connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'",
    );
  });

  it('goes right after the charset, before the script and style it governs, and changes nothing else', () => {
    const html = withCspMeta(template);
    const lines = html.split('\n');
    expect(lines[4]).toBe(
      `    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy([HASH])}" />`,
    );
    expect(lines.filter((_, i) => i !== 4)).toEqual(template.split('\n'));
  });

  it("allows the page's own <style> text and no other", () => {
    const changed = template.replace(CSS, `${CSS}a{color:red}`);
    const meta = /content="([^"]*)"/.exec(withCspMeta(changed))?.[1];
    expect(meta).toBe(metaContentSecurityPolicy([styleHashSource(`${CSS}a{color:red}`)]));
    expect(meta).not.toContain(HASH);
  });

  it('refuses a template without the charset declaration, naming what it looked for', () => {
    expect(() => withCspMeta(template.replace('<meta charset="UTF-8" />', ''))).toThrow(
      'index.html: no <meta charset="UTF-8" /> to put the Content-Security-Policy after',
    );
  });
});

describe('staticwebapp.config.json', () => {
  const config = staticWebAppConfig([HASH]);

  it('sends the security headers on every response', () => {
    expect(config.globalHeaders).toEqual(SECURITY_HEADERS);
  });

  it('caches assets for a year and revalidates the rest, the assets rule first (first match wins)', () => {
    expect(config.routes).toEqual([
      { route: '/assets/*', headers: { 'Cache-Control': CACHE_IMMUTABLE } },
      { route: '/*', headers: { 'Cache-Control': CACHE_REVALIDATE } },
    ]);
  });

  it('has no navigation fallback and answers an unknown path with 404.html', () => {
    expect(config).not.toHaveProperty('navigationFallback');
    expect(config.responseOverrides).toEqual({ '404': { rewrite: '/404.html' } });
  });
});

describe('_headers', () => {
  const rules = parseHeadersFile(headersFile([HASH]));

  it('sends the security headers for every path', () => {
    expect(rules.get('/*')).toEqual(SECURITY_HEADERS);
  });

  it('caches assets for a year, with no second Cache-Control for hosts that merge rules to join', () => {
    expect(rules.get('/assets/*')).toEqual({ 'Cache-Control': CACHE_IMMUTABLE });
    expect([...rules.keys()]).toEqual(['/*', '/assets/*']);
  });
});

describe('the files the build writes and the local server', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'headers-test-'));
    await mkdir(path.join(dir, 'assets'));
    await mkdir(path.join(dir, 'nb'));
    await writeFile(path.join(dir, 'nb', 'index.html'), '<!doctype html><title>nb</title>');
    await writeFile(
      path.join(dir, '404.html'),
      `<!doctype html><title>not found</title><style>${CSS}</style>`,
    );
    await writeFile(path.join(dir, 'assets', 'app-abc123.js'), 'console.log(1);');
    await writeHostConfig(dir, [HASH]);
    server = await startServer({ port: 0, root: dir });
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes both host files from the source', async () => {
    const json: unknown = JSON.parse(await readFile(path.join(dir, 'staticwebapp.config.json'), 'utf8'));
    expect(json).toEqual(staticWebAppConfig([HASH]));
    expect(await readFile(path.join(dir, '_headers'), 'utf8')).toBe(headersFile([HASH]));
  });

  it.each([
    ['/nb/', 200],
    ['/assets/app-abc123.js', 200],
    ['/nb/unknown/', 404],
  ])('serves %s with status %i and the headers of the source', async (pathname, status) => {
    const response = await get(server.url, pathname);
    expect(response.status).toBe(status);
    // The server allows the inline style its pages share (read from 404.html).
    for (const [name, value] of Object.entries(headersFor(pathname, [HASH])))
      expect(response.headers[name.toLowerCase()], name).toBe(value);
  });

  it('redirects a folder without its slash, and refuses traversal and host files', async () => {
    const folder = await get(server.url, '/nb?x=1');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/nb/?x=1');
    for (const pathname of [
      '/../404.html',
      '/..%2f404.html',
      '/nb/%2e%2e/404.html',
      '//nb/',
      '/nb/%ZZ/',
      '/_headers',
      '/staticwebapp.config.json',
    ]) {
      const response = await get(server.url, pathname);
      expect(response.status, pathname).toBe(404);
      expect(response.body).toContain('not found');
    }
  });
});

describe('a tenant-check build (TENANT_CHECK_CLIENT_ID)', () => {
  const tenant = {
    clientId: 'c0ffee00-0000-4000-8000-000000000001',
    authority: 'https://login.microsoftonline.com/t',
  };

  it('is off without the variable, and the policy is the default one', () => {
    expect(tenantCheckSettings({})).toBeUndefined();
    expect(tenantCheckSettings({ TENANT_CHECK_CLIENT_ID: '  ' })).toBeUndefined();
    expect(contentSecurityPolicy([HASH], undefined)).toContain("; connect-src 'self'; ");
  });

  it('reads the client id and the authority, any organisation by default', () => {
    expect(tenantCheckSettings({ TENANT_CHECK_CLIENT_ID: tenant.clientId })).toEqual({
      clientId: tenant.clientId,
      authority: 'https://login.microsoftonline.com/organizations',
    });
    expect(
      tenantCheckSettings({
        TENANT_CHECK_CLIENT_ID: tenant.clientId,
        TENANT_CHECK_AUTHORITY: `${tenant.authority}/`,
      }),
    ).toEqual(tenant);
  });

  it('refuses an authority that is not https, and a client id that is not one', () => {
    expect(() =>
      tenantCheckSettings({ TENANT_CHECK_CLIENT_ID: 'x', TENANT_CHECK_AUTHORITY: 'http://login.example' }),
    ).toThrow('must be an https URL');
    expect(() => tenantCheckSettings({ TENANT_CHECK_CLIENT_ID: 'a b' })).toThrow('is not an application');
  });

  it('adds the authority and Graph to connect-src, and nothing else, in the header and the meta policy', () => {
    const added = "connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com";
    expect(contentSecurityPolicy([HASH], tenant)).toBe(
      contentSecurityPolicy([HASH], undefined).replace("connect-src 'self'", added),
    );
    expect(metaContentSecurityPolicy([HASH], tenant)).toBe(
      metaContentSecurityPolicy([HASH], undefined).replace("connect-src 'self'", added),
    );
  });
});
