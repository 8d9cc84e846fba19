import { z } from 'zod';
import type { GraphCheck, GraphRule } from '../tree/graph.ts';
import { subjectOf } from '../tree/graph.ts';
import { READ_SCOPE } from './checks.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import { loadYaml } from './rules.ts';
import type { RulesPath } from './rules.ts';

/**
 * The `graph:` block of a check in `content/checks.yaml`: the Microsoft Graph request that reads the answer from a
 * tenant (only a build with TENANT_CHECK_CLIENT_ID uses it), and the rules that map the response to an option.
 * Only a GET of Graph's v1.0 with `$select`, with the least delegated scope its reference names, is accepted.
 */

const GRAPH_V1 = 'https://graph.microsoft.com/v1.0/';

/**
 * The reads a check may make, each with the least delegated permission Microsoft Graph's reference names for it
 * (the request's path with its placeholders; checked 2026-12-04 against each API page's permissions table).
 */
export const GRAPH_READS: readonly { path: RegExp; shown: string; scope: string }[] = [
  // organization-get: User.Read is the least privileged delegated permission.
  { path: /^organization$/, shown: 'GET /organization', scope: 'User.Read' },
  // user-get: onPremisesSyncEnabled and userType are not among the basic properties of User.ReadBasic.All.
  { path: /^users\/\{user\}$/, shown: 'GET /users/{id}', scope: 'User.Read.All' },
  // onpremisesdirectorysynchronization-get (and only a Global Administrator may call it, delegated).
  {
    path: /^directory\/onPremisesSynchronization$/,
    shown: 'GET /directory/onPremisesSynchronization',
    scope: 'OnPremDirectorySynchronization.Read.All',
  },
  // subscribedsku-list.
  { path: /^subscribedSkus$/, shown: 'GET /subscribedSkus', scope: 'LicenseAssignment.Read.All' },
  // user-list-licensedetails (the same table for /me and /users/{id}).
  {
    path: /^(?:me|users\/\{user\})\/licenseDetails$/,
    shown: 'GET /users/{id}/licenseDetails',
    scope: 'LicenseAssignment.Read.All',
  },
  // rbacapplication-list-roleassignments, directory provider.
  {
    path: /^roleManagement\/directory\/roleAssignments$/,
    shown: 'GET /roleManagement/directory/roleAssignments',
    scope: 'RoleManagement.Read.Directory',
  },
];

const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const answer = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be an option id' });

/** The schema of one `graph:` block. */
export const graphBlockSchema = z.strictObject({
  request: z.string().min(1),
  scope: z.string().min(1),
  read: z.string().regex(/^(?:[A-Za-z0-9_]+|\*)(?:\/(?:[A-Za-z0-9_]+|\*))*$/, {
    message: 'must name the fields to read, separated by "/", with "*" for each item of a list',
  }),
  answers: z
    .array(
      z.union([
        z.strictObject({ is: z.array(value).min(1), answer }),
        z.strictObject({ has: z.array(value).min(1), answer }),
        z.strictObject({ otherwise: z.literal(true), answer }),
      ]),
    )
    .min(1, { message: 'map at least one response to an answer' }),
});

/** Only the `graph:` blocks of checks.yaml: the rest of the file is checks.ts's to validate. */
const graphFileSchema = z.looseObject({
  checks: z.array(z.looseObject({ question: z.string(), graph: graphBlockSchema.optional() })),
});

/** A question's options, and which of them is its "not sure". */
export interface QuestionOptions {
  options: readonly string[];
  unsure: readonly string[];
}

/** A problem with a request line, at a 0-based column of it. */
interface RequestProblem {
  column: number;
  message: string;
}

/** What is wrong with a request line (`GET https://graph.microsoft.com/v1.0/...?$select=...`) for `read`. */
export function requestProblems(request: string, read: string): RequestProblem[] {
  const match = /^(\S+) (\S.*)$/.exec(request.trim());
  if (!match)
    return [{ column: 0, message: 'write the request as "GET https://graph.microsoft.com/v1.0/..."' }];
  const [, method = '', url = ''] = match;
  const problems: RequestProblem[] = [];
  const urlColumn = request.indexOf(url);
  if (method !== 'GET')
    problems.push({ column: 0, message: `"${method}" is not allowed: a check only reads, with GET` });
  if (!url.startsWith(GRAPH_V1)) {
    const beta = url.indexOf('/beta/');
    problems.push(
      beta >= 0
        ? {
            column: urlColumn + beta + 1,
            message:
              'Graph\'s beta is not allowed: use a v1.0 request ("https://graph.microsoft.com/v1.0/...")',
          }
        : { column: urlColumn, message: `the request must go to ${GRAPH_V1}...` },
    );
    return problems;
  }
  const [path = '', query = ''] = url.slice(GRAPH_V1.length).split('?');
  const known = GRAPH_READS.find((r) => r.path.test(path));
  if (!known) {
    problems.push({
      column: urlColumn + GRAPH_V1.length,
      message: `"/${path}" is not a read this site knows: use one of ${GRAPH_READS.map((r) => r.shown).join(', ')}, or add the read with its least scope to GRAPH_READS`,
    });
  }
  const params = new URLSearchParams(query);
  const select = params.get('$select');
  if (!select) {
    problems.push({
      column: urlColumn,
      message:
        'add $select with the fields the answer needs (Graph returns some, such as onPremisesSyncEnabled, only when selected)',
    });
  } else {
    const selected = select.split(',').map((s) => s.trim());
    const names = read.split('/').filter((n) => n !== '*' && n !== 'value');
    if (names.length > 0 && !selected.includes(names[0] as string)) {
      problems.push({
        column: urlColumn + url.indexOf('$select'),
        message: `$select does not name "${names[0]}", which "read" needs: add it`,
      });
    }
  }
  for (const key of params.keys()) {
    if (!['$select', '$filter'].includes(key)) {
      problems.push({
        column: urlColumn + url.indexOf(key),
        message: `"${key}" is not allowed: a request may only $select and $filter`,
      });
    }
  }
  if (url.includes('{user}') && url.includes('{me}'))
    problems.push({ column: urlColumn, message: 'a request reads either {me} or {user}, not both' });
  return problems;
}

/** The scope problem of a request, if any: a write scope, or another scope than the least one for the read. */
export function scopeProblem(request: string, scope: string): string | undefined {
  if (!READ_SCOPE.test(scope))
    return `"${scope}" is not a read-only scope: a check asks only for the least scope that reads`;
  const path = request.trim().replace(/^\S+ /, '').slice(GRAPH_V1.length).split('?')[0] ?? '';
  const known = GRAPH_READS.find((r) => r.path.test(path));
  if (known && known.scope !== scope)
    return `${known.shown} needs only ${known.scope} (the least privileged delegated permission in Graph's reference): ask for that instead of ${scope}`;
  return undefined;
}

/** The place of a column inside a one-line scalar that starts at `start`. */
const shifted = (start: Place, column: number): Place => ({ ...start, column: start.column + column });

/**
 * Reads and validates the `graph:` blocks of `content/checks.yaml` against the questions' options (when known):
 * each problem at its line and column. Returns the valid requests; a block with a problem is left out.
 */
export function loadGraphChecks(
  source: string,
  file: string,
  questions: ReadonlyMap<string, QuestionOptions> | undefined,
  d: Diagnostics,
): GraphCheck[] {
  const loaded = loadYaml(source, file, graphFileSchema, d);
  if (!loaded.value) return [];
  const checks: GraphCheck[] = [];
  loaded.value.checks.forEach((entry, ci) => {
    const graph = entry.graph;
    if (!graph) return;
    const at = (...path: RulesPath) => loaded.placeOf(['checks', ci, 'graph', ...path]);
    const before = d.list.length;
    for (const p of requestProblems(graph.request, graph.read))
      d.add(shifted(at('request'), p.column), p.message);
    const scope = scopeProblem(graph.request, graph.scope);
    if (scope) d.add(at('scope'), scope);
    const question = questions?.get(entry.question);
    graph.answers.forEach((rule, ri) => {
      if (!question) return;
      if (question.unsure.includes(rule.answer)) {
        d.add(
          at('answers', ri, 'answer'),
          `"${rule.answer}" is the question's "not sure": leave the question unanswered instead (no rule holds)`,
        );
      } else if (!question.options.includes(rule.answer)) {
        d.add(
          at('answers', ri, 'answer'),
          `question "${entry.question}" has no option "${rule.answer}": use one of ${question.options.filter((o) => !question.unsure.includes(o)).join(', ')}`,
        );
      }
    });
    const otherwise = graph.answers.findIndex((r) => 'otherwise' in r);
    if (otherwise >= 0 && otherwise < graph.answers.length - 1)
      d.add(at('answers', otherwise + 1), 'no rule after "otherwise" can ever hold: put "otherwise" last');
    if (d.list.length > before) return;
    const url = graph.request.trim().replace(/^\S+ /, '');
    checks.push({
      question: entry.question,
      url,
      scope: graph.scope,
      subject: subjectOf(url),
      read: graph.read,
      rules: graph.answers as GraphRule[],
      unsure: [...(question?.unsure ?? [])],
    });
  });
  return checks;
}

/** Each question's option ids and "not sure" ids, from the loaded rules (undefined when they did not load). */
export function questionOptions(
  rules:
    | { questions: readonly { id: string; options: readonly { id: string; unsure?: boolean }[] }[] }
    | undefined,
): Map<string, QuestionOptions> | undefined {
  if (!rules) return undefined;
  return new Map(
    rules.questions.map((q) => [
      q.id,
      { options: q.options.map((o) => o.id), unsure: q.options.filter((o) => o.unsure).map((o) => o.id) },
    ]),
  );
}
