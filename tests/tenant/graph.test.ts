/**
 * Reading an answer from the tenant, on a check of its own: the URL, what a response holds, the answer it gives,
 * and each failure Graph can answer with, from responses shaped as Microsoft Graph's documented examples.
 */
import { describe, expect, test, vi } from 'vitest';
import type { TenantCheck } from '../../src/tree/compiled.ts';
import {
  failureOf,
  mapResponse,
  needsUser,
  readCheck,
  requestUrl,
  validUser,
  valuesAt,
} from '../../src/tenant/graph.ts';

const check: TenantCheck = {
  path: "/users/{user}/memberOf?$filter=id eq '{me}'&$select=colour,shades",
  scope: 'User.Read.All',
  read: ['colour', 'shades/name'],
  answers: [
    { if: ['grey', 'silver'], answer: 'grey' },
    { if: [true], answer: 'blue' },
  ],
  checked: '2026-12-05',
  source: { url: 'https://learn.microsoft.com/graph/api/user-get', host: 'learn.microsoft.com' },
};
const AT = new Date('2026-12-05T07:30:00Z');
const now = () => AT;

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status, headers }));
}

describe('the request', () => {
  test('fills {me} and {user}, each encoded, after the v1.0 endpoint', () => {
    expect(requestUrl(check, { me: 'a b', user: "o'hara@contoso.com" })).toBe(
      "https://graph.microsoft.com/v1.0/users/o'hara%40contoso.com/memberOf?$filter=id%20eq%20%27a%20b%27&$select=colour,shades",
    );
  });

  test('a user typed into the path cannot leave its segment', () => {
    const url = new URL(requestUrl(check, { me: 'x', user: '../../me?$select=x' }));
    expect(url.pathname).toBe('/v1.0/users/..%2F..%2Fme%3F%24select%3Dx/memberOf');
  });

  test('needs the user only when its path names {user}', () => {
    expect(needsUser(check)).toBe(true);
    expect(needsUser({ ...check, path: '/organization?$select=colour' })).toBe(false);
  });
});

describe('the user whose password it is', () => {
  test.each([
    ['adele@contoso.com', 'adele@contoso.com'],
    ['  adele.vance@contoso.onmicrosoft.com ', 'adele.vance@contoso.onmicrosoft.com'],
    ['1f2e3d4c-0000-4000-8000-123456789abc', '1f2e3d4c-0000-4000-8000-123456789abc'],
  ])('%j is taken as %j', (typed, user) => expect(validUser(typed)).toBe(user));

  test.each([
    '',
    'adele',
    'adele@',
    'a b@contoso.com',
    'adele@contoso',
    '../me@contoso.com',
    "x'@contoso.com",
    '1f2e3d4c',
  ])('%j is refused', (typed) => expect(validUser(typed)).toBeUndefined());
});

describe('what a response holds', () => {
  test('an object: its property, null when Graph leaves it out', () => {
    expect(valuesAt({ colour: 'grey' }, 'colour')).toEqual(['grey']);
    expect(valuesAt({}, 'colour')).toEqual([null]);
  });

  test('a collection: each item of value, nested arrays flattened, each value once', () => {
    const body = { value: [{ shades: [{ name: 'a' }, { name: 'b' }] }, { shades: [{ name: 'a' }] }] };
    expect(valuesAt(body, 'shades/name')).toEqual(['a', 'b']);
  });

  test('the first rule listing a value read gives the answer, with the evidence', () => {
    expect(mapResponse(check, { value: [{ colour: 'blue', shades: [{ name: true }] }] })).toEqual({
      answer: 'blue',
      evidence: [
        { property: 'colour', values: ['blue'] },
        { property: 'shades/name', values: [true] },
      ],
    });
    expect(mapResponse(check, { value: [{ colour: 'silver', shades: [{ name: true }] }] }).answer).toBe(
      'grey',
    );
  });

  test('no rule matches: no answer, unless the check says otherwise', () => {
    const body = { value: [] };
    expect(mapResponse(check, body)).toEqual({
      answer: undefined,
      evidence: [
        { property: 'colour', values: [] },
        { property: 'shades/name', values: [] },
      ],
    });
    expect(mapResponse({ ...check, otherwise: 'blue' }, body).answer).toBe('blue');
  });
});

describe('reading', () => {
  test('a GET with the bearer token and no cookies; the answer, the evidence and the time', async () => {
    const fetchImpl = respond(200, { value: [{ colour: 'grey', shades: [] }] });
    const reading = await readCheck(check, 'tok', { me: 'me-id', user: 'a@contoso.com' }, fetchImpl, now);
    expect(reading).toEqual({
      kind: 'read',
      answer: 'grey',
      evidence: [
        { property: 'colour', values: ['grey'] },
        { property: 'shades/name', values: [] },
      ],
      at: AT,
    });
    const [, init] = fetchImpl.mock.calls[0] as [string, RequestInit];
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(init.headers).toMatchObject({ Authorization: 'Bearer tok' });
  });

  test('403: the scope and the code Graph gives', async () => {
    const body = {
      error: {
        code: 'Authorization_RequestDenied',
        message: 'Insufficient privileges to complete the operation.',
      },
    };
    expect(await readCheck(check, 't', { me: 'm', user: 'u@contoso.com' }, respond(403, body), now)).toEqual({
      kind: 'failed',
      failure: { kind: 'forbidden', scope: 'User.Read.All', code: 'Authorization_RequestDenied' },
      at: AT,
    });
  });

  test('404: no such user', async () => {
    const body = { error: { code: 'Request_ResourceNotFound', message: "Resource 'x' does not exist" } };
    const reading = await readCheck(check, 't', { me: 'm', user: 'u@contoso.com' }, respond(404, body), now);
    expect(reading).toMatchObject({ failure: { kind: 'not-found' } });
  });

  test("429: Graph's Retry-After, in seconds", async () => {
    const reading = await readCheck(check, 't', { me: 'm' }, respond(429, {}, { 'Retry-After': '7' }), now);
    expect(reading).toMatchObject({ failure: { kind: 'throttled', retryAfterSeconds: 7 } });
    expect(failureOf(429, new Headers(), undefined, 's')).toEqual({
      kind: 'throttled',
      retryAfterSeconds: 10,
    });
  });

  test('401: the sign-in has expired', async () => {
    const body = { error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired.' } };
    expect(await readCheck(check, 't', { me: 'm' }, respond(401, body), now)).toMatchObject({
      failure: { kind: 'expired' },
    });
  });

  test('a failed request, and a server error', async () => {
    const offline = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await readCheck(check, 't', { me: 'm' }, offline, now)).toMatchObject({
      failure: { kind: 'network' },
    });
    expect(await readCheck(check, 't', { me: 'm' }, respond(500, 'oops'), now)).toMatchObject({
      failure: { kind: 'failed', status: 500 },
    });
  });
});
