import type { Condition } from './compiled.ts';
import type { Answer } from './state.ts';

/** The answers that satisfy a condition, or undefined when it does not hold. An absent condition always holds. */
export function matchCondition(
  when: Condition | undefined,
  answers: readonly Answer[],
): Answer[] | undefined {
  if (!when) return [];
  const because: Answer[] = [];
  for (const [question, options] of Object.entries(when)) {
    const answer = answers.find((a) => a.question === question);
    if (!answer || !options.includes(answer.option)) return undefined;
    because.push(answer);
  }
  return because;
}
