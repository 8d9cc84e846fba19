import { backState, changeState, chooseState, statePath } from './paths.ts';
import { findQuestion, resolve } from './resolve.ts';
import { LANGS } from './types.ts';
import type { FlowState, Tree } from './types.ts';

/**
 * Every flow state a user can reach by following the links of the pages, from each symptom's first step: options,
 * Back and Change links. Each state appears once, keyed by its canonical path; the order is breadth-first.
 */
export function enumerateStates(tree: Tree): FlowState[] {
  const seen = new Map<string, FlowState>();
  const queue: FlowState[] = [];
  const visit = (state: FlowState | undefined) => {
    if (!state) return;
    const key = statePath(tree, LANGS[0], state);
    if (seen.has(key)) return;
    seen.set(key, state);
    queue.push(state);
  };
  for (const symptom of tree.symptoms) visit(resolve(tree, symptom.id, []));
  while (queue.length > 0) {
    const state = queue.shift() as FlowState;
    if (state.kind === 'question') {
      for (const option of findQuestion(tree, state.question)?.options ?? []) {
        visit(chooseState(tree, state, option.id));
      }
    }
    for (const answer of state.answers) visit(changeState(tree, state, answer.question));
    visit(backState(tree, state));
  }
  return [...seen.values()];
}
