import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Provider from 'oidc-provider';

/**
 * A local OpenID Connect provider for the tenant check's browser test (oidc-provider, its development login and
 * consent pages), over HTTPS with a certificate made for the run: MSAL accepts no other authority. Graph's scopes
 * are the scopes of one resource, https://graph.microsoft.com, as with Microsoft's authority.
 */

/** The authority the tenant build of the test is built with (package.json, build:tenant:e2e). */
export const E2E_AUTHORITY = 'https://localhost:47443';
export const E2E_CLIENT_ID = 'e2e-tenant-check';

export interface LocalProvider {
  issuer: string;
  close(): Promise<void>;
}

/** A self-signed certificate for localhost, made with openssl, in a folder removed at once. */
function certificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tenant-e2e-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the provider for a site at `siteOrigin` (its `/` is the redirect URI), granting these Graph scopes. */
export async function startProvider(
  siteOrigin: string,
  graphScopes: readonly string[],
): Promise<LocalProvider> {
  const issuer = E2E_AUTHORITY;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: E2E_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        redirect_uris: [`${siteOrigin}/`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    cookies: { keys: ['tenant-check-e2e'] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, preferred_username: `${id}@contoso.test`, name: id }),
    }),
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => 'https://graph.microsoft.com',
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: graphScopes.join(' '),
          audience: 'https://graph.microsoft.com',
          accessTokenFormat: 'opaque',
        }),
      },
    },
  });
  const server: Server = createServer(certificate(), provider.callback());
  await new Promise<void>((resolve) => server.listen(Number(new URL(issuer).port), 'localhost', resolve));
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
