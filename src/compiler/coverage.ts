import { z } from 'zod';
import type { Tree } from '../tree/compiled.ts';
import type { Diagnostics } from './diagnostics.ts';
import { linkProblem } from './links.ts';
import { loadYaml } from './yaml-file.ts';
import type { LoadedYaml } from './yaml-file.ts';
import { isoDate } from './fields.ts';

/** Where the app answers a case: a symptom, a code's page, or one item of a symptom (item ids are unique). */
const REF = /^(symptom|code|item):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * The schema of `content/coverage.yaml`: every case of a Microsoft page (its heading, table row or code, in the
 * page's own words), mapped to where the app answers it.
 */
export const coverageSchema = z.strictObject({
  made: isoDate('the day the list was compared with the pages'),
  pages: z
    .array(
      z.strictObject({
        url: z.url({ protocol: /^https$/, message: 'must be the https URL of the page' }),
        date: isoDate("the page's own date (its ms.date)"),
        cases: z
          .array(
            z.strictObject({
              case: z.string().trim().min(1, { message: 'name the case as the page does' }),
              answers: z
                .array(
                  z.string().regex(REF, {
                    message: 'must be symptom:<id>, code:<id> or item:<id> (an item of any symptom)',
                  }),
                )
                .min(1, { message: 'name at least one place in the app that answers this case' }),
            }),
          )
          .min(1, { message: 'list the cases of the page' }),
      }),
    )
    .min(1, { message: 'list at least one page' }),
});

export type Coverage = z.infer<typeof coverageSchema>;
export type LoadedCoverage = LoadedYaml<Coverage>;

/** Loads the coverage list (its cases are checked against the tree by `checkCoverage`). */
export function loadCoverage(source: string, file: string, d: Diagnostics): LoadedCoverage {
  return loadYaml(source, file, coverageSchema, d);
}

/**
 * Reports every answer of the list that points nowhere in the tree, so that coverage cannot drop silently; and a
 * page listed twice or off the link allow-list, and a case listed twice for one page.
 */
export function checkCoverage(tree: Tree, loaded: LoadedCoverage, d: Diagnostics): void {
  const urls = new Set<string>();
  loaded.value?.pages.forEach((page, p) => {
    const at = loaded.placeOf(['pages', p, 'url']);
    if (urls.has(page.url))
      d.add(at, `the page "${page.url}" is listed twice: list its cases under one entry`);
    urls.add(page.url);
    const problem = linkProblem(page.url);
    if (problem) d.add(at, problem);
    const seen = new Set<string>();
    page.cases.forEach((c, i) => {
      if (seen.has(c.case))
        d.add(
          loaded.placeOf(['pages', p, 'cases', i, 'case']),
          `the case "${c.case}" is listed twice for this page: keep one and join their answers`,
        );
      seen.add(c.case);
    });
  });
  const known = {
    symptom: new Set(tree.symptoms.map((s) => s.id)),
    code: new Set(tree.codes.map((c) => c.id)),
    item: new Set(tree.symptoms.flatMap((s) => s.items.map((i) => i.id))),
  };
  const fix = {
    symptom: 'a symptom of wizard.yaml',
    code: 'a code of codes.yaml',
    item: "an item of a symptom's items in wizard.yaml",
  };
  loaded.value?.pages.forEach((page, p) =>
    page.cases.forEach((c, i) =>
      c.answers.forEach((answer, a) => {
        const [, kind, id] = REF.exec(answer) as unknown as [string, keyof typeof known, string];
        if (!known[kind].has(id))
          d.add(
            loaded.placeOf(['pages', p, 'cases', i, 'answers', a]),
            `the case "${c.case}" points to ${kind} "${id}", which does not exist: name ${fix[kind]}, or answer the case in the app before listing it`,
          );
      }),
    ),
  );
}

/** How many cases the list maps, per page and in all (for the content check's summary). */
export function coverageCount(coverage: Coverage | undefined): { pages: number; cases: number } {
  return {
    pages: coverage?.pages.length ?? 0,
    cases: coverage?.pages.reduce((n, page) => n + page.cases.length, 0) ?? 0,
  };
}
