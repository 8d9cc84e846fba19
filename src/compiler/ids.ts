import { RESERVED_SEGMENTS } from '../tree/paths.ts';
import type { Condition } from '../tree/compiled.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import type { RulesContext } from './rules-context.ts';
import type { LoadedRules, Rules } from './rules.ts';
import type { YamlPath } from './yaml-file.ts';

/** Reports ids that occur more than once in a list, at each repeat; returns the indexes of the repeats. */
export function checkUnique(
  ids: readonly string[],
  what: string,
  path: YamlPath,
  loaded: LoadedRules,
  d: Diagnostics,
): Set<number> {
  const seen = new Set<string>();
  const repeated = new Set<number>();
  ids.forEach((value, i) => {
    if (seen.has(value)) {
      d.add(loaded.placeOf([...path, i, 'id']), `duplicate ${what} id "${value}": ids must be unique`);
      repeated.add(i);
    }
    seen.add(value);
  });
  return repeated;
}

/**
 * Reports ids of one kind (item, note) that another list of the rules already used: `seen` holds the ids of every
 * list checked before and gains this one's.
 */
export function checkUniqueAcross(
  ids: readonly string[],
  seen: Set<string>,
  what: string,
  placeOf: (index: number) => Place,
  d: Diagnostics,
): void {
  ids.forEach((value, i) => {
    if (seen.has(value)) d.add(placeOf(i), `duplicate ${what} id "${value}": ${what} ids must be unique`);
    seen.add(value);
  });
}

/** Checks a condition at `path` against the questions: known questions and options, each asked before it (`asked`). */
export function checkCondition(
  when: Condition | undefined,
  asked: readonly string[],
  path: YamlPath,
  { loaded, questions, d }: RulesContext,
): void {
  for (const [questionId, options] of Object.entries(when ?? {})) {
    const question = questions.find((q) => q.id === questionId);
    if (!question) {
      d.add(
        loaded.placeOf([...path, questionId]),
        `unknown question "${questionId}": define it under questions`,
      );
      continue;
    }
    if (!asked.includes(questionId)) {
      d.add(
        loaded.placeOf([...path, questionId]),
        `question "${questionId}" is not asked before this point, so this condition could never hold; ask it earlier in "ask"`,
      );
    }
    options.forEach((option, i) => {
      if (!question.options.some((o) => o.id === option)) {
        d.add(
          loaded.placeOf([...path, questionId, i]),
          `unknown option "${option}" of question "${questionId}"; its options are: ${question.options.map((o) => o.id).join(', ')}`,
        );
      }
    });
  }
}

/**
 * Checks the question and symptom ids of the rules: unique, and no symptom named after a reserved page. Returns the
 * indexes of the symptoms whose id has a problem: every symptom of a repeated id, since a lookup by id finds one.
 */
export function checkRuleIds(rules: Rules, loaded: LoadedRules, d: Diagnostics): Set<number> {
  checkUnique(
    rules.questions.map((q) => q.id),
    'question',
    ['questions'],
    loaded,
    d,
  );
  const ids = rules.symptoms.map((s) => s.id);
  const repeated = new Set([...checkUnique(ids, 'symptom', ['symptoms'], loaded, d)].map((i) => ids[i]));
  const faulty = new Set(ids.flatMap((id, i) => (repeated.has(id) ? [i] : [])));
  rules.symptoms.forEach((s, i) => {
    if (!Object.hasOwn(RESERVED_SEGMENTS, s.id)) return;
    d.add(loaded.placeOf(['symptoms', i, 'id']), `"${s.id}" is reserved for ${RESERVED_SEGMENTS[s.id]}`);
    faulty.add(i);
  });
  const catchAll = rules.symptoms.flatMap((s, i) => (s['catch-all'] ? [i] : []));
  for (const i of catchAll.slice(1)) {
    d.add(
      loaded.placeOf(['symptoms', i, 'catch-all']),
      `only one symptom can be the catch-all; "${rules.symptoms[catchAll[0] as number]?.id}" already is`,
    );
  }
  return faulty;
}
