import { isUnsure, resolve } from '../tree/resolve.ts';
import {
  ACCOUNT_KINDS,
  ADMIN_LICENCE_ANSWERS,
  OTHER_ROLES_ANSWERS,
  PROTECTED_KINDS,
} from '../tree/tables.ts';
import type { Symptom, Tree, VerdictRule } from '../tree/compiled.ts';
import type { Answer } from '../tree/state.ts';
import { foldFlow } from '../tree/walk.ts';
import { NO_ADMIN_ROLE } from '../tree/verdict.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { LoadedRules } from './rules.ts';
import type { SymptomContext } from './rules-context.ts';

/** Questions the "not sure" path may ask before its remedy, and any path at the most (docs/design.md, "Quality bars"). */
export const MAX_UNSURE_PATH = 3;
export const MAX_PATH = 5;

/** Answers as a problem report shows them: `question=option, ...`, or "no answers". */
export function shown(answers: readonly Answer[]): string {
  return answers.map((a) => `${a.question}=${a.option}`).join(', ') || 'no answers';
}

/** A remedy's identity for comparison: what applies and the verdict, not why. */
function remedyKey(tree: Tree, symptom: Symptom, answers: Answer[]): string {
  const state = resolve(tree, symptom.id, answers);
  if (state?.kind !== 'remedy') return '';
  const verdict = state.verdict
    ? JSON.stringify({ ...state.verdict, actor: undefined, target: undefined })
    : '';
  return [...state.applies.map((a) => a.item), '|', ...state.notes.map((n) => n.note), verdict].join(' ');
}

/** Checks a verdict rule: its questions are asked by the symptom, and their options are ids the tables know. */
export function checkVerdict(rule: VerdictRule, ctx: SymptomContext): void {
  const { asked, questions, tables, loaded, d } = ctx;
  const path = ['symptoms', ctx.si, 'verdict'];
  const roleIds = tables.roles.roles.map((r) => r.id);
  const accounts = ACCOUNT_KINDS.filter(
    (kind) =>
      !(PROTECTED_KINDS as readonly string[]).includes(kind) || Object.hasOwn(tables.roles.protected, kind),
  );
  const vocabularies: [field: string, question: string, known: readonly string[], table: string][] =
    rule.kind === 'licence'
      ? [['licence', rule.licence, tables.licences.licences.map((l) => l.id), 'licences.yaml']]
      : rule.kind === 'configure'
        ? [
            ['actor', rule.actor, roleIds, 'roles.yaml'],
            [
              'licence',
              rule.licence,
              ADMIN_LICENCE_ANSWERS,
              `the answers (${ADMIN_LICENCE_ANSWERS.join(', ')})`,
            ],
          ]
        : [
            ['actor', rule.actor, roleIds, 'roles.yaml'],
            [
              'account',
              rule.account,
              accounts,
              `the account kinds roles.yaml can decide (${accounts.join(', ')}; a protected kind needs its entry under "protected")`,
            ],
            ...(rule.others === undefined
              ? []
              : [
                  [
                    'others',
                    rule.others,
                    [...OTHER_ROLES_ANSWERS, ...roleIds.filter((r) => r !== NO_ADMIN_ROLE)],
                    `the answers (${OTHER_ROLES_ANSWERS.join(', ')}) or the roles of roles.yaml`,
                  ] as [string, string, readonly string[], string],
                ]),
          ];
  if (rule.kind === 'configure' && !tables.roles.configure) {
    d.add(
      loaded.placeOf([...path, 'kind']),
      'a "configure" verdict needs the roles that can configure password reset: add "configure" to roles.yaml',
    );
  }
  const checked = new Set<string>();
  for (const [field, questionId, known, table] of vocabularies) {
    const question = questions.find((q) => q.id === questionId);
    if (checked.has(questionId)) {
      d.add(loaded.placeOf([...path, field]), `"${questionId}" already answers another part of this verdict`);
      continue;
    }
    checked.add(questionId);
    if (!question) {
      d.add(loaded.placeOf([...path, field]), `unknown question "${questionId}": define it under questions`);
      continue;
    }
    if (!asked.includes(questionId)) {
      d.add(loaded.placeOf([...path, field]), `the symptom never asks "${questionId}": add it to "ask"`);
    }
    const qi = questions.indexOf(question);
    question.options.forEach((option, oi) => {
      if (!option.unsure && !known.includes(option.id)) {
        d.add(
          loaded.placeOf(['questions', qi, 'options', oi, 'id']),
          `the verdict cannot decide option "${option.id}" of "${questionId}": it is not in ${table}; add it there or use one of: ${known.join(', ')}`,
        );
      }
    });
  }
}

/**
 * Checks the flow over every path, visiting each node once: bounded length, a remedy with something in it, and no
 * question whose every answer leads to the same remedies. Each point of the flow folds into the remedy keys
 * reachable from it, sorted and unique.
 */
export function checkFlow(
  tree: Tree,
  symptom: Symptom,
  index: number,
  loaded: LoadedRules,
  d: Diagnostics,
): void {
  const place = loaded.placeOf(['symptoms', index, 'ask']);
  let tooLong = false;
  const reportTooLong = (answers: readonly Answer[]) => {
    if (!tooLong)
      d.add(
        place,
        `symptom "${symptom.id}": the path ${shown(answers)} asks more than ${MAX_PATH} questions`,
      );
    tooLong = true;
  };
  foldFlow<string[]>(tree, symptom, {
    remedy: (answers) => {
      if (answers.length > MAX_PATH) reportTooLong(answers);
      if (answers.length > MAX_UNSURE_PATH && answers.every((a) => isUnsure(tree, a))) {
        d.add(
          place,
          `symptom "${symptom.id}": the "not sure" path asks more than ${MAX_UNSURE_PATH} questions`,
        );
      }
      const key = remedyKey(tree, symptom, answers).trim();
      if (key === '|') {
        d.add(
          loaded.placeOf(['symptoms', index, 'rules']),
          `symptom "${symptom.id}": the answers ${shown(answers)} end in a remedy where no item or note applies; add a rule or a note for them`,
        );
      }
      return [key];
    },
    // Past the longest path allowed the walk stops: one report is enough, and the flow below may be large.
    cut: (answers) => {
      if (answers.length <= MAX_PATH) return undefined;
      reportTooLong(answers);
      return [];
    },
    question: (answers, questionId, outcomes) => {
      const keys = outcomes.map((o) => o.value);
      if (keys.length > 1 && new Set(keys.map((k) => k.join('\n'))).size === 1) {
        const at = symptom.ask.findIndex((s) => s.question === questionId);
        d.add(
          loaded.placeOf(['symptoms', index, 'ask', at]),
          `symptom "${symptom.id}": every answer to "${questionId}"${answers.length ? ` after ${shown(answers)}` : ''} leads to the same remedy, so it should not be asked; give it a rule or a "when"`,
        );
      }
      return [...new Set(keys.flat())].sort();
    },
  });
}
