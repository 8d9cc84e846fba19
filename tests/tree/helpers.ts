/** Shared helpers for the tree tests: the compiled trees they run on, and a short way to write answers. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { parsePath } from '../../src/tree/paths.ts';
import type { Inline, Tree } from '../../src/tree/compiled.ts';
import type { Answer, FlowState } from '../../src/tree/state.ts';

/** The small tree of `fixtures/sample` (see its wizard.yaml): symptoms `blade-missing` and `quick-fix`. */
export function loadSampleTree(): Tree {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'sample');
  return compileOrThrow(dir, dir);
}

/** The real content of the project, as the app ships it. */
export function loadRealTree(): Tree {
  return compileOrThrow('content');
}

/** Answers written as `question=option` pairs: `answers('sync=cloud', 'role=user')`. */
export function answers(...pairs: string[]): Answer[] {
  return pairs.map((pair) => {
    const [question = '', option = ''] = pair.split('=');
    return { question, option };
  });
}

/** Narrows a state to a question, failing the test with the state when it is not one. */
export function asQuestion(state: FlowState | undefined): FlowState & { kind: 'question' } {
  if (state?.kind !== 'question') throw new Error(`expected a question state, got ${JSON.stringify(state)}`);
  return state;
}

/** Narrows a state to a remedy, failing the test with the state when it is not one. */
export function asRemedy(state: FlowState | undefined): FlowState & { kind: 'remedy' } {
  if (state?.kind !== 'remedy') throw new Error(`expected a remedy state, got ${JSON.stringify(state)}`);
  return state;
}

/** A text node of inline content. */
export const text = (value: string): Inline => ({ type: 'text', value });

/** A link node of inline content, its host taken from the URL. */
export const link = (url: string, label: string): Inline => ({
  type: 'link',
  url,
  host: new URL(url).hostname,
  children: [text(label)],
});

/** The remedy state a path of `tree` stands for, failing the test when it is not one. */
export function remedyAt(tree: Tree, path: string): FlowState & { kind: 'remedy' } {
  const place = parsePath(tree, path);
  return asRemedy(place.kind === 'flow' ? place.state : undefined);
}
