import { backState, changeState, chooseState, statePath } from './paths.ts';
import { findQuestion, resolve } from './resolve.ts';
import { LANGS } from './lang.ts';
import type { Tree } from './compiled.ts';
import type { FlowState } from './state.ts';
import { flowPoints } from './walk.ts';

/**
 * Every flow state a user can reach by following the links of the pages, each once, keyed by its canonical path:
 * the symptoms' first steps in the rules' order; then every state reached by answering, each symptom's in the
 * order of the flow walk; then, breadth-first, the states only a Change link reaches (answers pending) and theirs.
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
  for (const symptom of tree.symptoms)
    for (const point of flowPoints(tree, symptom)) visit(resolve(tree, symptom.id, point.answers));
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
