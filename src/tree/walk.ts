/**
 * The one walk of a symptom's flow: from a list of answers, the question asked next and what each of its options
 * leads to, down to every remedy. The compiler's flow checks and claims, the flow diagram, the progress shown on a
 * question page ("step n of at most m") and the enumeration of pages all walk the flow through this module.
 *
 * The walk is finite and cycle-free by construction: each step answers a question of the symptom's `ask` list
 * that the answers do not hold yet, so no path repeats a question and none is longer than `ask`.
 */
import { matchCondition } from './condition.ts';
import type { Symptom, Tree } from './compiled.ts';
import type { Answer } from './state.ts';

/** The id of the next question the symptom asks after these answers, or undefined when it asks no more. */
export function nextQuestion(symptom: Symptom, answers: readonly Answer[]): string | undefined {
  for (const step of symptom.ask) {
    if (answers.some((a) => a.question === step.question)) continue;
    if (matchCondition(step.when, answers)) return step.question;
  }
  return undefined;
}

/** What one option of a question leads to, as folded by the walk. */
export interface FlowOutcome<T> {
  option: string;
  value: T;
}

/** How a walk folds a symptom's flow into one value: a value per remedy, and one per question from its options'. */
export interface FlowFold<T> {
  /** A complete path: the answers end in a remedy. */
  remedy: (answers: Answer[]) => T;
  /** A question asked after these answers, with the value of each option's outcome in the question's order. */
  question: (answers: Answer[], question: string, outcomes: FlowOutcome<T>[]) => T;
  /**
   * Called on reaching a question, before its options are walked: a value returned stands for the question and
   * everything after it, and the walk does not go below it. Leave it out (or return undefined) to walk on.
   */
  cut?: (answers: Answer[], question: string) => T | undefined;
}

/**
 * Folds the flow of a symptom from the answers given (none: from its first question), depth first: the options of
 * a question in their order, each path visited once. A question the tree does not define has no options.
 */
export function foldFlow<T>(
  tree: Tree,
  symptom: Symptom,
  fold: FlowFold<T>,
  from: readonly Answer[] = [],
): T {
  const visit = (answers: Answer[]): T => {
    const questionId = nextQuestion(symptom, answers);
    if (questionId === undefined) return fold.remedy(answers);
    const cut = fold.cut?.(answers, questionId);
    if (cut !== undefined) return cut;
    const options = tree.questions.find((q) => q.id === questionId)?.options ?? [];
    const outcomes = options.map((o) => ({
      option: o.id,
      value: visit([...answers, { question: questionId, option: o.id }]),
    }));
    return fold.question(answers, questionId, outcomes);
  };
  return visit([...from]);
}

/** Every complete path of answers through a symptom from the answers given, depth first. */
export function flowPaths(tree: Tree, symptom: Symptom, from: readonly Answer[] = []): Answer[][] {
  return foldFlow<Answer[][]>(
    tree,
    symptom,
    {
      remedy: (answers) => [answers],
      question: (_, __, outcomes) => outcomes.flatMap((o) => o.value),
    },
    from,
  );
}

/**
 * Every point of the flow from the answers given, depth first in pre-order: the answers of each question page
 * (with the question it asks) and of each remedy (with none).
 */
export function flowPoints(
  tree: Tree,
  symptom: Symptom,
  from: readonly Answer[] = [],
): { answers: Answer[]; question: string | undefined }[] {
  return foldFlow<{ answers: Answer[]; question: string | undefined }[]>(
    tree,
    symptom,
    {
      remedy: (answers) => [{ answers, question: undefined }],
      question: (answers, question, outcomes) => [{ answers, question }, ...outcomes.flatMap((o) => o.value)],
    },
    from,
  );
}

/** The most questions any path from these answers still asks. */
export function longestRemaining(tree: Tree, symptom: Symptom, answers: readonly Answer[]): number {
  return foldFlow(
    tree,
    symptom,
    {
      remedy: () => 0,
      question: (_, __, outcomes) => 1 + Math.max(0, ...outcomes.map((o) => o.value)),
    },
    answers,
  );
}
