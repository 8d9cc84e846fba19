// @vitest-environment node
/**
 * The per-node flow expectations of the real content, GOV.UK smart-answers style, written as data beside it
 * (content/examples/<symptom>.yaml): for each example, the answers lead to the next question it names, or to a
 * remedy with exactly its items and notes (and its "also check" items and verdict, where it gives them).
 */
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/compiler/diagnostics.ts';
import { exampleProblem, loadExamples } from '../../src/compiler/examples.ts';
import { loadRealTree } from '../tree/helpers.ts';

const tree = loadRealTree();
const { examples, diagnostics } = loadExamples('content', tree);

test('every examples file is named after a symptom and names only what that symptom has', () => {
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
});

describe.each(tree.symptoms.filter((s) => examples.some((e) => e.symptom === s.id)).map((s) => s.id))(
  '%s',
  (symptom) => {
    const own = examples.filter((e) => e.symptom === symptom);
    test.each(
      own.map((e) => [formatDiagnostic({ ...e.place, message: JSON.stringify(e.answers) }), e] as const),
    )('%s', (_, example) => {
      expect(exampleProblem(tree, example)).toBeUndefined();
    });
  },
);
