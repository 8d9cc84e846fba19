/** The little of oidc-provider's API the tenant-check browser test uses (the package ships no types). */
declare module 'oidc-provider' {
  import type { RequestListener } from 'node:http';

  interface Account {
    accountId: string;
    claims(): Record<string, unknown>;
  }

  export default class Provider {
    constructor(
      issuer: string,
      configuration: Record<string, unknown> & {
        findAccount?: (ctx: unknown, sub: string) => Account | Promise<Account>;
      },
    );
    proxy: boolean;
    callback(): RequestListener;
  }
}
