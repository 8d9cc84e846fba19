import { BrowserCacheLocation, LogLevel, ProtocolMode, PublicClientApplication } from '@azure/msal-browser';
import type { AccountInfo } from '@azure/msal-browser';
import type { TenantConfig } from './config.ts';

/**
 * Sign-in with MSAL (authorization code with PKCE, by redirect: no popup, no hidden frame). Tokens are kept in
 * sessionStorage, which the tab alone sees and which ends with it; never localStorage, a URL or a log. Signing out
 * clears MSAL's cache and this module's own keys.
 */

/** Whether the authority is Microsoft Entra's (AAD protocol); any other authority is plain OpenID Connect. */
function isEntra(authority: string): boolean {
  return new URL(authority).hostname === 'login.microsoftonline.com';
}

let client: Promise<PublicClientApplication> | undefined;

/** The one MSAL client of the page, initialised, with any redirect response handled. */
function msal(config: TenantConfig): Promise<PublicClientApplication> {
  client ??= (async () => {
    const app = new PublicClientApplication({
      auth: {
        clientId: config.clientId,
        authority: config.authority,
        knownAuthorities: [new URL(config.authority).host],
        redirectUri: `${location.origin}/`,
        postLogoutRedirectUri: null,
      },
      cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
      system: {
        protocolMode: isEntra(config.authority) ? ProtocolMode.AAD : ProtocolMode.OIDC,
        // Nothing is logged: a log line could carry a token or a user's name.
        loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => {} },
      },
    });
    await app.initialize();
    const result = await app.handleRedirectPromise();
    if (result?.account) app.setActiveAccount(result.account);
    return app;
  })();
  return client;
}

/** The signed-in account, if any. */
export async function signedInAccount(config: TenantConfig): Promise<AccountInfo | undefined> {
  const app = await msal(config);
  const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
  if (account) app.setActiveAccount(account);
  return account ?? undefined;
}

/** Starts the sign-in, asking consent for every check's scope; the browser comes back to this page. */
export async function signIn(config: TenantConfig): Promise<void> {
  const app = await msal(config);
  await app.loginRedirect({ scopes: config.scopes, redirectStartPage: location.href });
}

/**
 * An access token for one scope, from the cache or by the refresh token; undefined when the admin must sign in
 * again (expired session, consent needed): no hidden frame is tried.
 */
export async function accessToken(config: TenantConfig, scope: string): Promise<string | undefined> {
  const app = await msal(config);
  const account = await signedInAccount(config);
  if (!account) return undefined;
  try {
    const result = await app.acquireTokenSilent({ account, scopes: [scope] });
    return result.accessToken || undefined;
  } catch {
    // InteractionRequiredAuthError (expired, consent needed) or no network: either way, the admin signs in again.
    return undefined;
  }
}

/** Signs out of this page: MSAL's cache and keys are cleared; the Microsoft session is left as it is. */
export async function signOut(config: TenantConfig): Promise<void> {
  const app = await msal(config);
  await app.clearCache();
  app.setActiveAccount(null);
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('msal.')) storage.removeItem(key);
  }
}
