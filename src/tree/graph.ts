/**
 * Reading an answer from a tenant (the tenant-check build only): a check's Microsoft Graph request and the rules
 * that turn its response into one of the question's options. Pure data and pure functions: the compiler validates
 * them (src/compiler/graph-requests.ts), the tenant check runs them in the browser (src/features/tenant/).
 */

/** Whose data a request reads: the tenant's, the signed-in admin's, or the user typed in once. */
export type GraphSubject = 'tenant' | 'me' | 'user';

/** A JSON value a rule compares a field with. */
export type GraphValue = string | number | boolean | null;

/**
 * One rule, tried in order, the first that holds giving the answer: `is` holds when at least one value was read and
 * every value is one of the listed (a missing field reads as null); `has` when any value read is one of the listed;
 * `otherwise` always.
 */
export type GraphRule =
  | { is: GraphValue[]; answer: string }
  | { has: GraphValue[]; answer: string }
  | { otherwise: true; answer: string };

/** A question's Graph request: GET, v1.0, `$select`, its least delegated scope, and how to read the answer. */
export interface GraphCheck {
  question: string;
  /** The request URL, `https://graph.microsoft.com/v1.0/...`; `{me}` and `{user}` stand for object ids or a UPN. */
  url: string;
  /** The least delegated permission the request needs. */
  scope: string;
  subject: GraphSubject;
  /** Where the values are in the response: names separated by `/`, `*` for every item of a list. */
  read: string;
  rules: GraphRule[];
  /** The question's "not sure" option ids: a remedy whose path has one offers to read the answer. */
  unsure: string[];
}

/** What a response said: the values read, and the answer they give (none when no rule holds). */
export interface GraphReading {
  /** The field name the values are from (the last name of `read`), for the evidence line. */
  field: string;
  values: GraphValue[];
  answer: string | undefined;
}

/** The subject of a request URL, from the placeholder it uses. */
export function subjectOf(url: string): GraphSubject {
  if (url.includes('{user}')) return 'user';
  if (url.includes('{me}') || /\/v1\.0\/me(?:[/?]|$)/.test(url)) return 'me';
  return 'tenant';
}

/** The values at `read` in a response: `*` takes every item of a list; a missing field reads as null. */
export function readValues(response: unknown, read: string): GraphValue[] {
  let current: unknown[] = [response];
  const names = read.split('/');
  names.forEach((name, i) => {
    const next: unknown[] = [];
    for (const value of current) {
      if (name === '*') {
        if (Array.isArray(value)) next.push(...(value as unknown[]));
      } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const field = (value as Record<string, unknown>)[name];
        // A list field that is not the last name yields nothing when it is absent; the last name yields null.
        next.push(field === undefined ? (i === names.length - 1 ? null : undefined) : field);
      }
    }
    current = next.filter((v) => v !== undefined);
  });
  return current.filter(
    (v): v is GraphValue =>
      v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
  );
}

/** Whether a rule holds for the values read. */
function holds(rule: GraphRule, values: readonly GraphValue[]): boolean {
  if ('otherwise' in rule) return true;
  if ('is' in rule) return values.length > 0 && values.every((v) => rule.is.includes(v));
  return values.some((v) => rule.has.includes(v));
}

/** Reads a response by a check's rules: the values, and the first rule's answer that holds. */
export function readAnswer(check: Pick<GraphCheck, 'read' | 'rules'>, response: unknown): GraphReading {
  const values = readValues(response, check.read);
  const rule = check.rules.find((r) => holds(r, values));
  return { field: check.read.split('/').at(-1) ?? check.read, values, answer: rule?.answer };
}

/** A user as typed: a user principal name (name@domain) or an object id (a GUID). */
const UPN = /^[^\s@/\\?#%'"]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user typed in, trimmed, when it is a UPN or an object id; undefined otherwise. */
export function validUser(typed: string): string | undefined {
  const user = typed.trim();
  return UPN.test(user) || OBJECT_ID.test(user) ? user : undefined;
}

/** The request URL with its placeholders filled (each value URL-encoded). */
export function requestUrl(check: Pick<GraphCheck, 'url'>, ids: { me?: string; user?: string }): string {
  return check.url
    .replace('{me}', encodeURIComponent(ids.me ?? ''))
    .replace('{user}', encodeURIComponent(ids.user ?? ''));
}

/** Seconds to wait after a 429: its Retry-After, within 1 to 120 (5 when Graph sent none we may read). */
export function retryAfterSeconds(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(Math.ceil(seconds), 120) : 5;
}

/** The path with each "not sure" pair of a read question replaced by the answer read. */
export function answeredPath(
  pathname: string,
  answers: ReadonlyMap<string, { unsure: string[]; answer: string }>,
) {
  const segments = pathname.split('/');
  for (let i = 3; i + 1 < segments.length; i += 2) {
    const read = answers.get(segments[i] as string);
    if (read && read.unsure.includes(segments[i + 1] as string)) segments[i + 1] = read.answer;
  }
  return segments.join('/');
}
