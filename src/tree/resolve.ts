import type { Lang } from './lang.ts';
import type { Question, Symptom, Tree } from './compiled.ts';
import type { Answer, AppliedItem, AppliedNote, FlowState, SetAsideItem } from './state.ts';
import { matchCondition } from './condition.ts';
import { claimIsUntrue, verdictFor } from './verdict.ts';
import { longestRemaining, nextQuestion } from './walk.ts';

export { matchCondition };

/** Symptoms by id, built once per tree (a Map: `__proto__` and friends are never found). */
const symptomIndex = new WeakMap<Tree, Map<string, Symptom>>();

/** Finds a symptom by id. */
export function findSymptom(tree: Tree, id: string): Symptom | undefined {
  let index = symptomIndex.get(tree);
  if (!index) {
    index = new Map(tree.symptoms.map((s) => [s.id, s]));
    symptomIndex.set(tree, index);
  }
  return index.get(id);
}

/** Finds a question by id. */
export function findQuestion(tree: Tree, id: string): Question | undefined {
  return tree.questions.find((q) => q.id === id);
}

/** Whether an answer is its question's "not sure" option. */
export function isUnsure(tree: Tree, answer: Answer): boolean {
  return findQuestion(tree, answer.question)?.options.find((o) => o.id === answer.option)?.unsure === true;
}

/** An answer in words: the question's label and the chosen option's label (the ids where the tree lacks them). */
export function describeAnswer(tree: Tree, lang: Lang, answer: Answer): { question: string; option: string } {
  const question = findQuestion(tree, answer.question);
  const option = question?.options.find((o) => o.id === answer.option);
  return { question: question?.label[lang] ?? answer.question, option: option?.label[lang] ?? answer.option };
}

/**
 * The items and notes that apply after the last answer, and the section's other items under "also check". An item
 * whose claim the verdict or the answers show untrue is set aside instead (the compiler proves it never applies).
 */
function remedy(tree: Tree, symptom: Symptom, answers: Answer[]): FlowState & { kind: 'remedy' } {
  const verdict = symptom.verdict ? verdictFor(tree, symptom.verdict, answers) : undefined;
  const applies: AppliedItem[] = [];
  for (const item of symptom.items) {
    for (const rule of symptom.rules) {
      if (rule.item !== item.id) continue;
      const because = matchCondition(rule.when, answers);
      if (because) {
        applies.push({ item: item.id, because });
        break;
      }
    }
  }
  const applied = new Set(applies.map((a) => a.item));
  const setAside: SetAsideItem[] = [];
  const alsoCheck: string[] = [];
  for (const item of symptom.items) {
    if (applied.has(item.id)) continue;
    const claim = Object.hasOwn(symptom.claims, item.id) ? symptom.claims[item.id] : undefined;
    if (claim && claimIsUntrue(tree, claim, verdict, answers)) setAside.push({ item: item.id, claim });
    else alsoCheck.push(item.id);
  }
  const notes: AppliedNote[] = [];
  for (const note of symptom.notes) {
    // A correction goes with the sentence it corrects: where that is left out, so is the correction.
    if (note.corrects && setAside.some((s) => s.item === note.item)) continue;
    const because = matchCondition(note.when, answers);
    if (because) notes.push({ note: note.id, because });
  }
  return {
    kind: 'remedy',
    symptom: symptom.id,
    answers,
    applies,
    notes,
    alsoCheck,
    setAside,
    ...(verdict ? { verdict } : {}),
  };
}

/**
 * Replays answers from the symptom's first question, as GOV.UK smart answers does: each question asked takes its
 * answer from the list if the list has a valid one; the first question without one is where the flow stands.
 * Answers to questions never asked, unknown options and repeats are dropped, so the result is always canonical.
 */
export function resolve(tree: Tree, symptomId: string, given: readonly Answer[]): FlowState | undefined {
  const symptom = findSymptom(tree, symptomId);
  if (!symptom) return undefined;
  const answers: Answer[] = [];
  for (;;) {
    const questionId = nextQuestion(symptom, answers);
    if (questionId === undefined) return remedy(tree, symptom, answers);
    const question = findQuestion(tree, questionId);
    const answer = given.find((a) => a.question === questionId);
    if (question && answer && question.options.some((o) => o.id === answer.option)) {
      answers.push({ question: questionId, option: answer.option });
      continue;
    }
    const at = symptom.ask.findIndex((s) => s.question === questionId);
    const pending = symptom.ask.slice(at + 1).flatMap((step) => {
      const later = given.find((a) => a.question === step.question);
      const valid = later && findQuestion(tree, step.question)?.options.some((o) => o.id === later.option);
      return valid ? [{ question: step.question, option: later.option }] : [];
    });
    return {
      kind: 'question',
      symptom: symptom.id,
      answers,
      question: questionId,
      pending,
      step: answers.length + 1,
      atMost: answers.length + longestRemaining(tree, symptom, answers),
    };
  }
}
