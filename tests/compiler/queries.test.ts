/**
 * The search's query set (content/queries/*.yaml): every file of the folder is read in name order, and each kind of
 * bad file under query-fixtures/ (laid over the valid folder group-fixtures/_base/) is reported with its file, line
 * and column.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { QUERIES_DIR } from '../../src/compiler/queries.ts';
import { expectDiagnostics } from './expect-diagnostics.ts';
import type { ExpectedDiagnostic } from './expect-diagnostics.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'query-fixtures');
const scratch = mkdtempSync(path.join(tmpdir(), 'query-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Compiles the base folder with the given query files in its queries/ folder, from the folder itself. */
function compileWith(name: string, files: string[]) {
  const dir = path.join(scratch, name);
  cpSync(path.join(here, 'group-fixtures', '_base'), dir, { recursive: true });
  mkdirSync(path.join(dir, QUERIES_DIR));
  for (const file of files) copyFileSync(path.join(fixtures, file), path.join(dir, QUERIES_DIR, file));
  return compileContent(dir, dir);
}

const cases: [what: string, file: string, expected: ExpectedDiagnostic[]][] = [
  [
    'a right page that does not exist',
    'unknown-page.yaml',
    [
      [
        'queries/unknown-page.yaml',
        5,
        36,
        'unknown page "code:err-9999": the pages are symptom:<id> of wizard.yaml and code:<id> of codes.yaml',
      ],
    ],
  ],
  [
    'a right page without its kind',
    'no-kind.yaml',
    [['queries/no-kind.yaml', 5, 13, 'queries.0.right.0: must be symptom:<id> or code:<id>']],
  ],
  [
    'a language that is not nb or en, and a query without right pages',
    'bad-lang.yaml',
    [
      ['queries/bad-lang.yaml', 4, 11, 'queries.0.lang: must be nb or en'],
      ['queries/bad-lang.yaml', 8, 12, 'queries.1.right: list at least one right page'],
    ],
  ],
];

describe('bad query files are reported with file, line and column', () => {
  test.each(cases)('%s (query-fixtures/%s)', (_, file, expected) => {
    expectDiagnostics(compileWith(file, [file]).diagnostics, expected);
  });
});

describe('valid query files', () => {
  test('every file of the folder is read, in name order', () => {
    const result = compileWith('valid', ['valid-b.yaml', 'valid-a.yaml']);
    expect(result.diagnostics).toEqual([]);
    expect(result.queries).toEqual([
      { query: 'grey button', lang: 'en', right: ['symptom:button-broken'] },
      { query: 'svart skjerm', lang: 'nb', right: ['symptom:screen-black', 'symptom:button-broken'] },
    ]);
  });

  test('a content folder without the folder has no queries', () => {
    const dir = path.join(here, 'group-fixtures', '_base');
    expect(compileContent(dir, dir).queries).toEqual([]);
  });
});
