import type { GraphValue, TenantCheck } from '../tree/compiled.ts';

/**
 * Reading an answer from the tenant: the request a check names, what its response holds, and the answer that
 * follows, or the reason none does, in words an admin can act on. Pure but for the `fetch` it is given.
 */

/** The only endpoint a tenant check reads (the compiler refuses any other). */
const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';

/** What fills a check's placeholders: the signed-in admin's object id, and the user whose password it is. */
export interface Subjects {
  me: string;
  user?: string;
}

/** One property as read: its path and the distinct values found (null where the response has none). */
export interface Evidence {
  property: string;
  values: GraphValue[];
}

/** Why a reading gave no answer; each says what the admin can do about it. */
export type ReadFailure =
  | { kind: 'forbidden'; scope: string; code: string }
  | { kind: 'not-found' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'expired' }
  | { kind: 'network' }
  | { kind: 'failed'; status: number };

/** The outcome of one reading: an answer with its evidence, evidence without an answer, or a failure. */
export type Reading =
  | { kind: 'read'; answer: string | undefined; evidence: Evidence[]; at: Date }
  | { kind: 'failed'; failure: ReadFailure; at: Date };

/** Whether the check needs the user whose password it is. */
export function needsUser(check: TenantCheck): boolean {
  return check.path.includes('{user}');
}

const UPN = /^[^\s@/\\?#'"]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user as typed, trimmed, when it is a user principal name or an object id; undefined otherwise. */
export function validUser(typed: string): string | undefined {
  const user = typed.trim();
  return UPN.test(user) || OBJECT_ID.test(user) ? user : undefined;
}

/** The request's URL, placeholders filled (each value encoded as one path segment or query value). */
export function requestUrl(check: TenantCheck, subjects: Subjects): string {
  const filled = check.path
    .replaceAll('{me}', encodeURIComponent(subjects.me))
    .replaceAll('{user}', encodeURIComponent(subjects.user ?? ''));
  const url = new URL(GRAPH_V1 + filled);
  return url.href;
}

/** The items a response describes: the entries of `value` for a collection, else the object itself. */
function itemsOf(body: unknown): unknown[] {
  if (body && typeof body === 'object' && Array.isArray((body as { value?: unknown }).value))
    return (body as { value: unknown[] }).value;
  return [body];
}

/** The scalar values at a property path in each item, arrays flattened; a missing property reads as null. */
export function valuesAt(body: unknown, path: string): GraphValue[] {
  let nodes: unknown[] = itemsOf(body);
  for (const key of path.split('/')) {
    nodes = nodes.flatMap((node) => {
      const next =
        node && typeof node === 'object' && !Array.isArray(node)
          ? (node as Record<string, unknown>)[key]
          : undefined;
      return Array.isArray(next) ? next : [next];
    });
  }
  const scalars = nodes.map((v) =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null,
  );
  return [...new Set(scalars)];
}

/** The answer a response gives under a check's rules (first rule that lists a value read), with what was read. */
export function mapResponse(
  check: TenantCheck,
  body: unknown,
): { answer: string | undefined; evidence: Evidence[] } {
  // An empty collection has no items, hence no values: only `otherwise` can answer it.
  const empty = itemsOf(body).length === 0;
  const evidence = check.read.map((property) => ({
    property,
    values: empty ? [] : valuesAt(body, property),
  }));
  const read = new Set(evidence.flatMap((e) => e.values));
  const rule = check.answers.find((r) => r.if.some((v) => read.has(v)));
  return { answer: rule?.answer ?? check.otherwise, evidence };
}

/** The failure an HTTP error response stands for (Graph's error body gives the code, e.g. Authorization_RequestDenied). */
export function failureOf(status: number, headers: Headers, body: unknown, scope: string): ReadFailure {
  if (status === 401) return { kind: 'expired' };
  if (status === 403) {
    const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
    return { kind: 'forbidden', scope, code: typeof code === 'string' ? code : '' };
  }
  if (status === 404) return { kind: 'not-found' };
  if (status === 429 || status === 503) {
    const seconds = Number(headers.get('Retry-After'));
    return { kind: 'throttled', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 10 };
  }
  return { kind: 'failed', status };
}

/** Reads one check from Graph with a bearer token; never throws. */
export async function readCheck(
  check: TenantCheck,
  token: string,
  subjects: Subjects,
  fetchImpl: typeof fetch,
  now: () => Date = () => new Date(),
): Promise<Reading> {
  let response: Response;
  try {
    response = await fetchImpl(requestUrl(check, subjects), {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      // The token is the only credential: no cookies, and the page's address never travels as a referrer.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
  } catch {
    return { kind: 'failed', failure: { kind: 'network' }, at: now() };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok)
    return {
      kind: 'failed',
      failure: failureOf(response.status, response.headers, body, check.scope),
      at: now(),
    };
  return { kind: 'read', ...mapResponse(check, body), at: now() };
}
