import type { Question } from '../tree/compiled.ts';
import type { RoleTable } from '../tree/tables.ts';
import type { Diagnostics } from './diagnostics.ts';
import { checkUnique } from './ids.ts';
import type { LoadedRules, Rules } from './rules.ts';

/**
 * The tree's questions from the rules, checking each one's options (unique ids, exactly one "not sure" option,
 * last) and the question it lists resettable roles by. Adds the ids of questions with a problem to `faulty`.
 */
export function buildQuestions(
  rules: Rules,
  roles: RoleTable,
  loaded: LoadedRules,
  d: Diagnostics,
  faulty: Set<string>,
): Question[] {
  const questions: Question[] = rules.questions.map((q, qi) => {
    const before = d.list.length;
    checkUnique(
      q.options.map((o) => o.id),
      'option',
      ['questions', qi, 'options'],
      loaded,
      d,
    );
    const unsure = q.options.filter((o) => o.unsure);
    if (unsure.length !== 1 || !q.options.at(-1)?.unsure) {
      d.add(
        loaded.placeOf(['questions', qi, 'options']),
        `question "${q.id}" must end with exactly one "not sure" option (unsure: true)`,
      );
    }
    if (d.list.length > before) faulty.add(q.id);
    return {
      id: q.id,
      label: q.label,
      ...(q.hint ? { hint: q.hint } : {}),
      ...(q['lists-resettable-by'] ? { listsResettableBy: q['lists-resettable-by'] } : {}),
      remember: q.remember,
      options: q.options.map((o) => ({ id: o.id, label: o.label, ...(o.unsure ? { unsure: true } : {}) })),
    };
  });

  rules.questions.forEach((q, qi) => {
    const actor = q['lists-resettable-by'];
    if (actor === undefined) return;
    const question = rules.questions.find((other) => other.id === actor);
    const unknown = question?.options.filter((o) => !o.unsure && !roles.roles.some((r) => r.id === o.id));
    if (!question || actor === q.id)
      d.add(
        loaded.placeOf(['questions', qi, 'lists-resettable-by']),
        `unknown question "${actor}": name the question that asks your role`,
      );
    else if (unknown && unknown.length > 0)
      d.add(
        loaded.placeOf(['questions', qi, 'lists-resettable-by']),
        `"${actor}" has options that are not roles in roles.yaml (${unknown.map((o) => o.id).join(', ')}), so the roles they can reset cannot be listed`,
      );
    else return;
    faulty.add(q.id);
  });
  return questions;
}
