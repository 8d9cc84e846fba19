import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { findQuestion, findSymptom, resolve } from '../tree/resolve.ts';
import type { Note, Tree } from '../tree/compiled.ts';
import type { Answer, FlowState, Verdict } from '../tree/state.ts';
import { Diagnostics } from './diagnostics.ts';
import type { Diagnostic, Place } from './diagnostics.ts';
import { loadRules } from './rules.ts';
import { id } from './fields.ts';
import { loadYaml } from './yaml-file.ts';
import { checkRoleGrid, ROLE_GRID_FILE } from './role-grid.ts';

/** The folder of a content folder that holds the examples, one file per symptom: `examples/<symptom>.yaml`. */
const EXAMPLES_DIR = 'examples';

const ids = z.array(id);
const example = z
  .strictObject({
    answers: z.record(id, id).default({}),
    next: id.optional(),
    items: ids.optional(),
    notes: ids.optional(),
    'also-check': ids.optional(),
    verdict: z
      .strictObject({
        answer: id.optional(),
        reason: id.optional(),
        caveat: id.optional(),
        licences: ids.optional(),
      })
      .optional(),
  })
  .refine((e) => (e.next === undefined) !== (e.items === undefined), {
    message:
      'give either `next` (the question that comes next) or `items` (the remedy that applies), not both',
  })
  .refine((e) => e.next === undefined || (!e.notes && !e['also-check'] && !e.verdict), {
    message: '`notes`, `also-check` and `verdict` describe a remedy: give them with `items`, not with `next`',
  });

/** The schema of `content/examples/<symptom>.yaml`. */
const examplesSchema = z.strictObject({
  examples: z.array(example).min(1, { message: 'list at least one example' }),
});

type ExampleData = z.infer<typeof example>;

/** One example of a symptom's flow: answers given, and what must follow them. */
export interface FlowExample {
  symptom: string;
  /** Where the example is written, for messages. */
  place: Place;
  answers: Answer[];
  expect: Omit<ExampleData, 'answers'>;
}

/** The examples of a content folder, the problems in them, and the symptoms that have none. */
export interface LoadedExamples {
  examples: FlowExample[];
  diagnostics: Diagnostic[];
  /** One per symptom without examples: worth a warning, not a failure. */
  warnings: Diagnostic[];
}

/**
 * The notes an example lists: every note that applies, less the corrections of items under "also check" (those
 * go with their items wherever they are shown, so they say nothing about this path).
 */
function notesBesideWhatApplies(tree: Tree, state: FlowState & { kind: 'remedy' }): string[] {
  const symptom = findSymptom(tree, state.symptom);
  const applied = new Set(state.applies.map((a) => a.item));
  return state.notes
    .map((n) => symptom?.notes.find((note) => note.id === n.note))
    .filter((n): n is Note => n !== undefined && (!n.corrects || applied.has(n.item)))
    .map((n) => n.id);
}

/** Reports answers, items and notes that the symptom does not have, each at its own place. */
function checkReferences(
  tree: Tree,
  symptomId: string,
  data: ExampleData,
  placeOf: (p: (string | number)[]) => Place,
  d: Diagnostics,
): void {
  const symptom = findSymptom(tree, symptomId);
  if (!symptom) return;
  const asked = symptom.ask.map((a) => a.question);
  for (const [question, option] of Object.entries(data.answers)) {
    const where = placeOf(['answers', question]);
    if (!asked.includes(question))
      d.add(where, `"${symptomId}" never asks "${question}"; it asks: ${asked.join(', ') || 'nothing'}`);
    else if (!findQuestion(tree, question)?.options.some((o) => o.id === option))
      d.add(where, `"${question}" has no option "${option}"`);
  }
  if (data.next !== undefined && !asked.includes(data.next))
    d.add(
      placeOf(['next']),
      `"${symptomId}" never asks "${data.next}"; it asks: ${asked.join(', ') || 'nothing'}`,
    );
  const itemIds = symptom.items.map((i) => i.id);
  for (const key of ['items', 'also-check'] as const)
    data[key]?.forEach((item, i) => {
      if (!itemIds.includes(item)) d.add(placeOf([key, i]), `"${symptomId}" has no item "${item}"`);
    });
  data.notes?.forEach((note, i) => {
    if (!symptom.notes.some((n) => n.id === note))
      d.add(placeOf(['notes', i]), `"${symptomId}" has no note "${note}"`);
  });
}

/**
 * Loads `examples/*.yaml` of a content folder against its compiled tree: each file is named after a symptom and
 * lists answers with the next question or the remedy they must lead to; `examples/tables/who-can-reset.yaml` is
 * Microsoft's role table as a grid (see role-grid.ts). Schema problems, unknown ids and grid cells that disagree
 * with roles.yaml are diagnostics at their file:line:col; a symptom without a file is a warning.
 */
export function loadExamples(contentDir: string, tree: Tree, cwd = process.cwd()): LoadedExamples {
  const d = new Diagnostics();
  const shown = (file: string) => path.relative(cwd, file) || file;
  const dir = path.join(contentDir, EXAMPLES_DIR);
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    : [];
  const examples: FlowExample[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const symptom = name.slice(0, -'.yaml'.length);
    const loaded = loadYaml(readFileSync(file, 'utf8'), shown(file), examplesSchema, d);
    if (!findSymptom(tree, symptom)) {
      const known = tree.symptoms.map((s) => s.id).join(', ');
      d.add(
        { file: shown(file), line: 1, column: 1 },
        `no symptom "${symptom}": name the file after one of ${known}`,
      );
      continue;
    }
    loaded.value?.examples.forEach((data, index) => {
      const placeOf = (p: (string | number)[]) => loaded.placeOf(['examples', index, ...p]);
      checkReferences(tree, symptom, data, placeOf, d);
      const { answers, ...expect } = data;
      examples.push({
        symptom,
        place: placeOf([]),
        answers: Object.entries(answers).map(([question, option]) => ({ question, option })),
        expect,
      });
    });
  }
  checkRoleGrid(contentDir, tree.roles, shown(path.join(contentDir, ROLE_GRID_FILE)), d);
  const covered = new Set(files.map((f) => f.slice(0, -'.yaml'.length)));
  const rulesFile = path.join(contentDir, 'wizard.yaml');
  const rules = existsSync(rulesFile)
    ? loadRules(readFileSync(rulesFile, 'utf8'), shown(rulesFile), new Diagnostics())
    : undefined;
  const warnings = tree.symptoms.flatMap((s, index) =>
    covered.has(s.id)
      ? []
      : [
          {
            ...(rules?.placeOf(['symptoms', index, 'id']) ?? { file: shown(rulesFile), line: 1, column: 1 }),
            message: `symptom "${s.id}" has no examples: add ${shown(path.join(dir, `${s.id}.yaml`))} (see docs/authoring.md)`,
          },
        ],
  );
  return { examples, diagnostics: d.list, warnings };
}

/** The difference between two id lists as words, or undefined when they hold the same ids. */
function differs(what: string, expected: readonly string[], actual: readonly string[]): string | undefined {
  const missing = expected.filter((x) => !actual.includes(x));
  const extra = actual.filter((x) => !expected.includes(x));
  if (missing.length === 0 && extra.length === 0) return undefined;
  const parts = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    extra.length > 0 ? `also ${extra.join(', ')}` : '',
  ];
  return `${what}: ${parts.filter(Boolean).join('; ')} (the rules give: ${actual.join(', ') || 'none'})`;
}

/** How a remedy's verdict differs from the fields an example gives of it, or undefined when it does not. */
function verdictProblem(
  expected: NonNullable<ExampleData['verdict']>,
  actual: Verdict | undefined,
): string | undefined {
  if (!actual) return 'verdict: expected one, the symptom gives none';
  if (actual.kind === 'licence') {
    if (expected.answer || expected.reason || expected.caveat)
      return 'verdict: a licence verdict has `licences`, not answer, reason or caveat';
    return expected.licences && differs('verdict licences', expected.licences, actual.licences);
  }
  if (expected.licences) return `verdict: a ${actual.kind} verdict has no licences`;
  const given: Record<string, string | undefined> = {
    answer: actual.answer,
    reason: actual.kind === 'permission' ? actual.reason : undefined,
    caveat: actual.kind === 'permission' ? (actual.caveat ?? 'none') : undefined,
  };
  const wrong = (['answer', 'reason', 'caveat'] as const).filter(
    (key) => expected[key] !== undefined && expected[key] !== given[key],
  );
  return wrong.length > 0
    ? wrong
        .map((key) => `verdict ${key}: expected "${expected[key]}", the rules give "${given[key] ?? 'none'}"`)
        .join('; ')
    : undefined;
}

/** What the state after an example's answers does not match, or undefined when it matches. */
export function exampleProblem(tree: Tree, example: FlowExample): string | undefined {
  const state: FlowState | undefined = resolve(tree, example.symptom, example.answers);
  if (!state) return `no symptom "${example.symptom}"`;
  const skipped = example.answers.filter(
    (a) => !state.answers.some((s) => s.question === a.question && s.option === a.option),
  );
  if (skipped.length > 0)
    return `these answers are not on the path (the question is not asked after the others): ${skipped
      .map((a) => `${a.question}: ${a.option}`)
      .join(', ')}`;
  const { expect } = example;
  if (expect.next !== undefined) {
    if (state.kind === 'question' && state.question === expect.next) return undefined;
    return state.kind === 'question'
      ? `next: expected "${expect.next}", the rules ask "${state.question}"`
      : `next: expected "${expect.next}", the rules reach the remedy`;
  }
  if (state.kind !== 'remedy') return `items: expected the remedy, the rules ask "${state.question}" next`;
  const problems = [
    differs(
      'items',
      expect.items ?? [],
      state.applies.map((a) => a.item),
    ),
    differs('notes', expect.notes ?? [], notesBesideWhatApplies(tree, state)),
    expect['also-check'] && differs('also-check', expect['also-check'], state.alsoCheck),
  ];
  if (expect.verdict) problems.push(verdictProblem(expect.verdict, state.verdict));
  const found = problems.filter((p): p is string => typeof p === 'string');
  return found.length > 0 ? found.join('; ') : undefined;
}
