import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { TenantCheck } from '../tree/compiled.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import { perLang } from './fields.ts';
import { READ_SCOPE } from './read-only-commands.ts';
import { linkProblem } from './links.ts';

/**
 * A check's `tenant:` entry: the one read-only Microsoft Graph request that answers its question from the admin's
 * tenant, and how its response maps to an answer. Refused at its line and column: another method than GET, another
 * endpoint than graph.microsoft.com/v1.0 (beta above all), a request without `$select` of what it reads, a scope
 * that is not read-only, and an answer the question lacks.
 */

const graphValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const tenantSchema = z.strictObject({
  request: z.string().trim().min(1, { message: 'must be "GET https://graph.microsoft.com/v1.0/..."' }),
  scope: z.string().trim().min(1, { message: 'must name the least delegated read scope' }),
  read: z
    .array(z.string().regex(/^[A-Za-z@.]+(?:\/[A-Za-z@.]+)*$/, { message: 'must be a property path, a/b' }))
    .min(1, { message: 'name at least one property to read' }),
  answers: z
    .array(z.strictObject({ if: z.array(graphValue).min(1), answer: z.string() }))
    .min(1, { message: 'map at least one value to an answer' }),
  otherwise: z.string().optional(),
  limits: perLang.optional(),
  checked: z.iso.date({ message: 'must be the date the request was compared with its page, as YYYY-MM-DD' }),
  source: z.url({ protocol: /^https$/, message: "must be the https URL of the request's page" }),
});

type TenantEntry = z.infer<typeof tenantSchema>;

/**
 * The scopes of every tenant check in a checks file, each once, for the build to ask at sign-in (one consent covers
 * every question); none when the file is missing or unreadable (the compile then reports why).
 */
export function tenantScopesOf(checksFile: string): string[] {
  let data: unknown;
  try {
    data = parse(readFileSync(checksFile, 'utf8'));
  } catch {
    return [];
  }
  const checks = (data as { checks?: { tenant?: { scope?: unknown } }[] } | null)?.checks ?? [];
  const scopes = checks.map((c) => c.tenant?.scope).filter((s): s is string => typeof s === 'string');
  return [...new Set(scopes)].filter((s) => READ_SCOPE.test(s));
}

/** The only endpoint a tenant check may read. */
const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';
const PLACEHOLDERS = ['{me}', '{user}'];

/** Where the parts of an entry stand in the file: `request` maps a column inside the request string. */
export interface TenantPlaces {
  request: (column: number) => Place;
  scope: Place;
  answer: (index: number) => Place;
  otherwise: Place;
  source: Place;
}

/**
 * Validates one check's tenant entry against its question's options; returns the compiled reading,
 * or undefined when anything was refused (each problem reported at its place).
 */
export function compileTenantCheck(
  entry: TenantEntry,
  question: { id: string; options: readonly { id: string; unsure?: boolean }[] } | undefined,
  pageDate: (url: string) => string | undefined,
  at: TenantPlaces,
  d: Diagnostics,
): TenantCheck | undefined {
  const before = d.list.length;
  const match = /^(\S+)(\s+)(\S.*)$/.exec(entry.request);
  if (!match) {
    d.add(
      at.request(0),
      'write the request as "GET https://graph.microsoft.com/v1.0/<path>?$select=<fields>"',
    );
    return undefined;
  }
  const [, method, gap, url] = match as unknown as [string, string, string, string];
  const urlColumn = method.length + gap.length;
  if (method !== 'GET')
    d.add(at.request(0), `method "${method}" is refused: a tenant check only reads, with GET`);
  let path = '';
  if (url.startsWith('https://graph.microsoft.com/beta/')) {
    d.add(
      at.request(urlColumn + 'https://graph.microsoft.com/'.length),
      'the beta endpoint is refused: Microsoft may change it at any time; use v1.0, or leave this answer to the admin and say why',
    );
  } else if (!url.startsWith(`${GRAPH_V1}/`)) {
    d.add(at.request(urlColumn), `the request must go to ${GRAPH_V1}/`);
  } else {
    path = url.slice(GRAPH_V1.length);
    const select = new URL(`https://graph.invalid${path.replaceAll(/[{}]/g, '')}`).searchParams.get(
      '$select',
    );
    const selected = (select ?? '').split(',').map((s) => s.trim());
    const missing = entry.read.map((r) => r.split('/')[0] as string).filter((r) => !selected.includes(r));
    if (select === null) {
      d.add(
        at.request(urlColumn),
        `add $select=${entry.read.map((r) => r.split('/')[0]).join(',')}: read only what the answer needs`,
      );
    } else if (missing.length > 0) {
      d.add(
        at.request(urlColumn + GRAPH_V1.length + path.indexOf('$select')),
        `$select lacks ${missing.join(', ')}, which the check reads`,
      );
    }
    for (const m of path.matchAll(/\{[^}]*\}/g)) {
      if (!PLACEHOLDERS.includes(m[0]))
        d.add(
          at.request(urlColumn + GRAPH_V1.length + m.index),
          `unknown placeholder ${m[0]}: use {me} (the signed-in admin) or {user} (the user typed)`,
        );
    }
  }
  if (!READ_SCOPE.test(entry.scope))
    d.add(
      at.scope,
      `scope "${entry.scope}" is not read-only: a tenant check asks for the least read scope its request needs`,
    );
  const options = question?.options.filter((o) => !o.unsure).map((o) => o.id) ?? [];
  const known = (answer: string, place: Place) => {
    if (question && !options.includes(answer))
      d.add(
        place,
        `answer "${answer}" is not an option of question "${question.id}": it has ${options.join(', ')}`,
      );
  };
  entry.answers.forEach((a, i) => known(a.answer, at.answer(i)));
  if (entry.otherwise !== undefined) known(entry.otherwise, at.otherwise);
  const problem = linkProblem(entry.source);
  if (problem) d.add(at.source, problem);
  if (d.list.length > before) return undefined;
  return {
    path,
    scope: entry.scope,
    read: entry.read,
    answers: entry.answers,
    ...(entry.otherwise !== undefined ? { otherwise: entry.otherwise } : {}),
    ...(entry.limits ? { limits: entry.limits } : {}),
    checked: entry.checked,
    source: {
      url: entry.source,
      host: new URL(entry.source).host,
      ...(pageDate(entry.source) ? { updated: pageDate(entry.source) } : {}),
    },
  };
}
