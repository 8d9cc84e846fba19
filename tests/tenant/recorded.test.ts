/**
 * Every tenant check of content/checks.yaml against responses recorded in the shapes of Microsoft Graph's
 * documented examples (recorded-responses.json): each response must give the answer recorded beside it, and each
 * check must have its recordings, so a mapping never ships untried. The ids are the content's stable URL ids.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { mapResponse } from '../../src/tenant/graph.ts';

interface Recording {
  what: string;
  body: unknown;
  /** The answer the response gives; null: none, the admin answers. */
  answer: string | null;
}

const recorded = JSON.parse(
  readFileSync(new URL('./recorded-responses.json', import.meta.url), 'utf8'),
) as Record<string, Recording[]>;
const { tree, diagnostics } = compileContent('content', process.cwd(), true);
const checked = (tree?.questions ?? []).filter((q) => q.check?.tenant);

test('the content compiles with its tenant checks', () => {
  expect(diagnostics).toEqual([]);
  expect(checked.length).toBeGreaterThan(0);
});

test('every tenant check has recorded responses, and every recording a tenant check', () => {
  expect(Object.keys(recorded).sort()).toEqual(checked.map((q) => q.id).sort());
});

describe.each(checked.map((q) => [q.id, q] as const))('%s', (_, question) => {
  const check = question.check!.tenant!;
  test.each((recorded[question.id] ?? []).map((r) => [r.what, r] as const))('%s', (_what, r) => {
    expect(mapResponse(check, r.body).answer ?? null).toBe(r.answer);
  });

  test('each answer it can give is an option, never "not sure"', () => {
    const answers = [...check.answers.map((a) => a.answer), ...(check.otherwise ? [check.otherwise] : [])];
    for (const answer of answers)
      expect(question.options.find((o) => o.id === answer && !o.unsure)).toBeDefined();
  });
});
