/** The quality bars the flow checks hold, and the paths they walk over a compiled fixture. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { MAX_PATH, MAX_UNSURE_PATH } from '../../src/compiler/flow-checks.ts';
import { flowPaths } from '../../src/tree/walk.ts';
import type { Symptom } from '../../src/tree/compiled.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'conditional');
const tree = compileOrThrow(dir, dir);
const symptom = (id: string) => tree.symptoms.find((s) => s.id === id) as Symptom;
const shown = (paths: { question: string; option: string }[][]) =>
  paths.map((p) => p.map((a) => `${a.question}=${a.option}`).join(' '));

test('the quality bars: 3 questions on the "not sure" path, 5 on any', () => {
  expect(MAX_UNSURE_PATH).toBe(3);
  expect(MAX_PATH).toBe(5);
});

describe('flowPaths over a compiled fixture', () => {
  test('every complete path of answers, depth first, a conditional question only where it is asked', () => {
    expect(shown(flowPaths(tree, symptom('tab-missing')))).toEqual([
      'synced-users=cloud-only',
      'synced-users=synced writeback=on',
      'synced-users=synced writeback=off',
      'synced-users=synced writeback=not-sure',
      'synced-users=not-sure writeback=on',
      'synced-users=not-sure writeback=off',
      'synced-users=not-sure writeback=not-sure',
    ]);
  });

  test('continues from the answers given', () => {
    expect(
      shown(flowPaths(tree, symptom('tab-missing'), [{ question: 'synced-users', option: 'synced' }])),
    ).toEqual([
      'synced-users=synced writeback=on',
      'synced-users=synced writeback=off',
      'synced-users=synced writeback=not-sure',
    ]);
  });

  test('a symptom that asks nothing has one empty path', () => {
    expect(flowPaths(tree, symptom('portal-only'))).toEqual([[]]);
  });
});
