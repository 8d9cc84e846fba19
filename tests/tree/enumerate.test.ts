/** enumerateStates: every reachable state once, and every link of every state leads to one of them. */
import { describe, expect, test } from 'vitest';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { backState, changeState, chooseState, statePath } from '../../src/tree/paths.ts';
import { findQuestion, resolve } from '../../src/tree/resolve.ts';
import type { Tree } from '../../src/tree/compiled.ts';
import type { Answer, FlowState } from '../../src/tree/state.ts';
import { loadRealTree, loadSampleTree } from './helpers.ts';

/** Every remedy of a symptom, found by answering every option from the first question on, with resolve() alone. */
function remediesByAnswering(tree: Tree, symptom: string, given: Answer[] = []): FlowState[] {
  const state = resolve(tree, symptom, given) as FlowState;
  if (state.kind === 'remedy') return [state];
  const options = findQuestion(tree, state.question)?.options ?? [];
  return options.flatMap((o) =>
    remediesByAnswering(tree, symptom, [...state.answers, { question: state.question, option: o.id }]),
  );
}

/** Every link a page of this state shows: its options, a Change link per answer, and Back. */
function links(tree: Tree, state: FlowState): FlowState[] {
  const out: FlowState[] = [];
  if (state.kind === 'question') {
    for (const option of findQuestion(tree, state.question)?.options ?? []) {
      out.push(chooseState(tree, state, option.id));
    }
  }
  for (const answer of state.answers) out.push(changeState(tree, state, answer.question));
  const back = backState(tree, state);
  if (back) out.push(back);
  return out;
}

describe.each([
  ['the sample tree', loadSampleTree()],
  ['the real content', loadRealTree()],
])('enumerateStates over %s', (_, tree) => {
  const states = enumerateStates(tree);
  const key = (s: FlowState) => statePath(tree, 'nb', s);
  const keys = new Set(states.map(key));

  test('every state appears once', () => {
    expect(keys.size).toBe(states.length);
  });

  test('every state is the state its own path resolves to', () => {
    for (const s of states) {
      const given = s.kind === 'question' ? [...s.answers, ...s.pending] : s.answers;
      expect(resolve(tree, s.symptom, given)).toEqual(s);
    }
  });

  test("the first states are the symptoms' first steps, in the rules' order", () => {
    expect(states.slice(0, tree.symptoms.length)).toEqual(tree.symptoms.map((s) => resolve(tree, s.id, [])));
  });

  test('every remedy reachable by answering is enumerated, and every enumerated remedy is one of them', () => {
    const answered = tree.symptoms.flatMap((s) => remediesByAnswering(tree, s.id)).map(key);
    const enumerated = states.filter((s) => s.kind === 'remedy').map(key);
    expect(new Set(enumerated)).toEqual(new Set(answered));
  });

  test('every option, Change and Back link of every state leads to an enumerated state', () => {
    const missing = states.flatMap((s) =>
      links(tree, s)
        .filter((to) => !keys.has(key(to)))
        .map(key),
    );
    expect(missing).toEqual([]);
  });
});

describe('enumerateStates over the sample tree, counted', () => {
  const tree = loadSampleTree();
  const states = enumerateStates(tree);

  test('21 remedies of blade-missing and 1 of quick-fix', () => {
    const remedies = states.filter((s) => s.kind === 'remedy');
    expect(remedies.filter((s) => s.symptom === 'blade-missing')).toHaveLength(3 + 2 * 3 * 3);
    expect(remedies.filter((s) => s.symptom === 'quick-fix')).toHaveLength(1);
  });

  test('the question pages include those reached by a Change, with pending answers', () => {
    expect(states.map((s) => statePath(tree, 'nb', s))).toContain(
      '/nb/blade-missing/writeback/on/role/admin/',
    );
  });
});
