import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The response headers of the deployed site, in one place. The local server (`npm start`), the Azure Static Web
 * Apps config and the `_headers` file (Netlify, Cloudflare Pages) are all generated from this module, so what is
 * tested is what is deployed.
 */

/**
 * The CSP source that allows one inline `<style>` element: the SHA-256 of its exact text, `'sha256-<base64>'`.
 * The build inlines the site's CSS into every page (one round trip less before the first paint on a slow link),
 * and the policy allows that text alone, by its hash: no keyword that would allow every inline style.
 */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * The hash sources of a built page's `<style>` elements, in order, without repeats: the one place the policy
 * learns what the build inlined. The Vite build derives each page's `<meta>` policy from them, the prerender step
 * the host files, and the local server its header (from `404.html`).
 */
export function inlineStyleHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) =>
    styleHashSource(m[1] as string),
  );
  return [...new Set(hashes)];
}

/** The tenant check's settings in a build with `TENANT_CHECK_CLIENT_ID` (docs/decisions/0018); undefined otherwise. */
export interface TenantCheckSettings {
  clientId: string;
  authority: string;
}

/** Microsoft Graph, the one API a tenant check reads. */
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';
/** The sign-in authority when `TENANT_CHECK_AUTHORITY` is not set: any work or school account. */
const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

/**
 * The tenant check's settings from the environment: `TENANT_CHECK_CLIENT_ID` (the app registration's client id)
 * switches it on; `TENANT_CHECK_AUTHORITY` (an https URL, default any organisation's Entra ID) says where to sign in.
 */
export function tenantCheckSettings(
  env: Record<string, string | undefined> = process.env,
): TenantCheckSettings | undefined {
  const clientId = env.TENANT_CHECK_CLIENT_ID?.trim();
  if (!clientId) return undefined;
  if (!/^[A-Za-z0-9-]+$/.test(clientId))
    throw new Error(`TENANT_CHECK_CLIENT_ID "${clientId}" is not an application (client) id`);
  const authority = env.TENANT_CHECK_AUTHORITY?.trim() || DEFAULT_AUTHORITY;
  let url: URL;
  try {
    url = new URL(authority);
  } catch {
    throw new Error(`TENANT_CHECK_AUTHORITY "${authority}" is not a URL`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`TENANT_CHECK_AUTHORITY "${authority}" must be an https URL`);
  return { clientId, authority: url.href.replace(/\/$/, '') };
}

/** What `connect-src` allows: the site itself, and in a tenant-check build the sign-in authority and Graph. */
function connectSources(tenant: TenantCheckSettings | undefined): string {
  return ["connect-src 'self'", ...(tenant ? [new URL(tenant.authority).origin, GRAPH_ORIGIN] : [])].join(
    ' ',
  );
}

/** The directives of the strict Content Security Policy: nothing from another origin, inline only by hash. */
function cspDirectives(styleHashes: readonly string[], tenant: TenantCheckSettings | undefined): string[] {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    connectSources(tenant),
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ];
}

/** The strict Content Security Policy, as the response header sends it, allowing the given inline styles. */
export function contentSecurityPolicy(
  styleHashes: readonly string[],
  tenant: TenantCheckSettings | undefined = tenantCheckSettings(),
): string {
  return cspDirectives(styleHashes, tenant).join('; ');
}

/** Directives a policy in a `<meta>` element cannot carry: browsers ignore them there and say so in the console. */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/**
 * The same policy for a `<meta http-equiv>` element in every page, less what only a header can carry: it guards the
 * pages on hosts that cannot send headers (GitHub Pages).
 */
export function metaContentSecurityPolicy(
  styleHashes: readonly string[],
  tenant: TenantCheckSettings | undefined = tenantCheckSettings(),
): string {
  return cspDirectives(styleHashes, tenant)
    .filter((directive) => !HEADER_ONLY_DIRECTIVES.includes(directive.split(' ')[0] as string))
    .join('; ');
}

/** The charset declaration the policy's `<meta>` element follows. */
const CHARSET = '<meta charset="UTF-8" />';

/**
 * Puts the policy's `<meta>` element right after the charset declaration, before anything the policy governs,
 * allowing exactly the page's own `<style>` elements.
 */
export function withCspMeta(html: string): string {
  if (!html.includes(CHARSET))
    throw new Error(`index.html: no ${CHARSET} to put the Content-Security-Policy after`);
  const policy = metaContentSecurityPolicy(inlineStyleHashes(html));
  return html.replace(
    CHARSET,
    () => `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
}

/**
 * Browser features the app does not use are denied; only clipboard-write is allowed (copy link, copy summary).
 * Only features Chromium recognises are listed: an unknown one is logged as a console error on every page.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
].join(', ');

/** Sent with every response; the policy allows the inline styles with these hash sources. */
export function securityHeaders(styleHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(styleHashes),
    'X-Content-Type-Options': 'nosniff',
    // A path carries the user's answers: it must not travel to another site in a Referer.
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

/** Where Vite puts the content-hashed build output: a file there never changes, so it is cached for a year. */
export const ASSETS_PREFIX = '/assets/';
/** Cache-Control of the hashed assets. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of everything else (HTML, sitemap, icon): cached, but revalidated on every use. */
export const CACHE_REVALIDATE = 'no-cache';

/** The Cache-Control header for a request path. */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith(ASSETS_PREFIX) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** Every header this site sends for a request path (security headers and Cache-Control). */
export function headersFor(pathname: string, styleHashes: readonly string[]): Record<string, string> {
  return { ...securityHeaders(styleHashes), 'Cache-Control': cacheControlFor(pathname) };
}

/** The subset of Azure Static Web Apps' `staticwebapp.config.json` this site uses. */
export interface StaticWebAppConfig {
  trailingSlash: 'auto';
  routes: { route: string; headers: Record<string, string> }[];
  responseOverrides: Record<string, { rewrite: string; statusCode?: number }>;
  globalHeaders: Record<string, string>;
}

/**
 * Azure Static Web Apps: no navigation fallback (every page is a real file; an unknown path is a 404 that serves
 * `404.html`, whose script replays the URL), `/x` redirected to `/x/`, security headers on every response, hashed
 * assets immutable and everything else revalidated (routes match first-wins, so the assets rule comes first).
 */
export function staticWebAppConfig(styleHashes: readonly string[]): StaticWebAppConfig {
  return {
    trailingSlash: 'auto',
    routes: [
      { route: `${ASSETS_PREFIX}*`, headers: { 'Cache-Control': CACHE_IMMUTABLE } },
      { route: '/*', headers: { 'Cache-Control': CACHE_REVALIDATE } },
    ],
    responseOverrides: { '404': { rewrite: '/404.html' } },
    globalHeaders: securityHeaders(styleHashes),
  };
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages. Both merge the headers of every rule a path matches (joining
 * repeated names with a comma), so Cache-Control is set only for the hashed assets; both hosts already revalidate
 * HTML by default.
 */
export function headersFile(styleHashes: readonly string[]): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return (
    [
      '# Generated from scripts/headers.ts by the build: edit that file, not this one.',
      block('/*', securityHeaders(styleHashes)),
      block(`${ASSETS_PREFIX}*`, { 'Cache-Control': CACHE_IMMUTABLE }),
    ].join('\n') + '\n'
  );
}

/**
 * Writes `staticwebapp.config.json` and `_headers` into a built site's folder, with a policy that allows the inline
 * styles of `styleHashes`; returns the files written.
 */
export async function writeHostConfig(dir: string, styleHashes: readonly string[]): Promise<string[]> {
  const files = [path.join(dir, 'staticwebapp.config.json'), path.join(dir, '_headers')];
  await writeFile(files[0] as string, JSON.stringify(staticWebAppConfig(styleHashes), null, 2) + '\n');
  await writeFile(files[1] as string, headersFile(styleHashes));
  return files;
}
