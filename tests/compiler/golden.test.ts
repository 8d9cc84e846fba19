/**
 * Golden fixtures: each folder under fixtures/ (but errors/) is a small valid content folder, compiled and compared
 * with its expected.json. After an intended change, regenerate them with
 * `UPDATE=1 npx vitest run tests/compiler/golden.test.ts` and review the diff.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const names = readdirSync(fixtures)
  .filter((name) => name !== 'errors' && statSync(path.join(fixtures, name)).isDirectory())
  .sort();

test('the golden fixtures are there', () => {
  expect(names).toEqual(expect.arrayContaining(['conditional', 'markdown', 'minimal']));
});

test.each(names)('%s compiles to its expected.json', (name) => {
  const dir = path.join(fixtures, name);
  const result = compileContent(dir, dir);
  const actual = {
    diagnostics: result.diagnostics,
    files: result.files.map((file) => path.relative(dir, file).split(path.sep).join('/')),
    tree: result.tree,
  };
  const expectedFile = path.join(dir, 'expected.json');
  if (process.env.UPDATE === '1') writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(expectedFile)) {
    throw new Error(`${expectedFile} is missing: run UPDATE=1 npx vitest run tests/compiler/golden.test.ts`);
  }
  expect(actual.diagnostics).toEqual([]);
  expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
});
