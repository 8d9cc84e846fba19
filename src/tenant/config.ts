/**
 * The tenant check's build-time settings: set by vite.config.ts from `TENANT_CHECK_CLIENT_ID` (and
 * `TENANT_CHECK_AUTHORITY`), `undefined` in a default build, where every use of it folds away (docs/decisions/0018).
 * Test it where it is used, `typeof __TENANT_CHECK__ === 'object'`, so the minifier drops the code it guards.
 */
export interface TenantConfig {
  /** The application (client) id of the organisation's app registration: a single-page application. */
  clientId: string;
  /** The sign-in authority, e.g. https://login.microsoftonline.com/organizations. */
  authority: string;
  /** Every scope the checks read with, asked at sign-in so that one consent covers every question. */
  scopes: string[];
}

declare global {
  const __TENANT_CHECK__: TenantConfig | undefined;
}

/** sessionStorage: the page and question whose tenant check started a sign-in, so it reopens when the browser is back. */
export const RESUME_KEY = 'sspr-tenant-resume';
