/** The tenant check's part of the policy (scripts/headers.ts): nothing by default; exactly two origins with it. */
import { describe, expect, it } from 'vitest';
import {
  connectSources,
  contentSecurityPolicy,
  DEFAULT_AUTHORITY,
  tenantCheckConfig,
} from '../../scripts/headers.ts';

describe('tenantCheckConfig', () => {
  it('is undefined without a client id, as in the default build', () => {
    expect(tenantCheckConfig({})).toBeUndefined();
    expect(tenantCheckConfig({ TENANT_CHECK_CLIENT_ID: '  ' })).toBeUndefined();
  });
  it("takes Microsoft's organizations authority unless one is given", () => {
    const id = '11111111-2222-3333-4444-555555555555';
    expect(tenantCheckConfig({ TENANT_CHECK_CLIENT_ID: id })).toEqual({
      clientId: id,
      authority: DEFAULT_AUTHORITY,
    });
    expect(
      tenantCheckConfig({ TENANT_CHECK_CLIENT_ID: id, TENANT_CHECK_AUTHORITY: 'https://login.example/t' })
        ?.authority,
    ).toBe('https://login.example/t');
  });
  it('refuses an authority that is not https, and a client id with other characters', () => {
    expect(() =>
      tenantCheckConfig({ TENANT_CHECK_CLIENT_ID: 'abc', TENANT_CHECK_AUTHORITY: 'http://login.example' }),
    ).toThrow(/must be an https URL/);
    expect(() => tenantCheckConfig({ TENANT_CHECK_CLIENT_ID: 'a b"c' })).toThrow(/not an application/);
  });
});

describe('connectSources', () => {
  it('adds nothing by default, so the policy is the strict one', () => {
    expect(connectSources(undefined)).toEqual([]);
    expect(contentSecurityPolicy([], [])).toContain("connect-src 'self';");
  });
  it("adds exactly the authority's origin and Graph", () => {
    const sources = connectSources({
      clientId: 'x',
      authority: 'https://login.microsoftonline.com/organizations',
    });
    expect(sources).toEqual(['https://login.microsoftonline.com', 'https://graph.microsoft.com']);
    expect(contentSecurityPolicy([], sources)).toContain(
      "connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com;",
    );
  });
});
