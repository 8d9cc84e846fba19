// @vitest-environment node
/** Loading and checking flow examples (content/examples/<symptom>.yaml), on the sample tree of the tree tests. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/compiler/diagnostics.ts';
import { exampleProblem, loadExamples } from '../../src/compiler/examples.ts';
import { loadSampleTree } from '../tree/helpers.ts';

const tree = loadSampleTree();
const sample = path.join(import.meta.dirname, '..', 'tree', 'fixtures', 'sample');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'examples-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the sample content with these example files, loaded against the sample tree. */
function withExamples(name: string, files: Record<string, string>) {
  const dir = path.join(tmp, name);
  cpSync(sample, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, 'examples', file)), { recursive: true });
    writeFileSync(path.join(dir, 'examples', file), text);
  }
  return loadExamples(dir, tree, dir);
}

const BLADE = `examples:
  - answers: {}
    next: sync
  - answers: { sync: cloud, role: admin }
    items: [hybrid-only, read-more]
    notes: [tab-renamed]
  - answers: { sync: synced, writeback: off, role: user }
    items: [writeback-off, ask-admin, read-more]
    notes: [tab-renamed, turn-on-writeback]
    also-check: [hybrid-only, connect-broken]
`;

describe('well-formed examples', () => {
  const loaded = withExamples('good', { 'blade-missing.yaml': BLADE });

  test('load with their places, and hold', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.examples.map((e) => [e.symptom, e.place.line, exampleProblem(tree, e)])).toEqual([
      ['blade-missing', 2, undefined],
      ['blade-missing', 4, undefined],
      ['blade-missing', 7, undefined],
    ]);
  });

  test('a symptom without examples is a warning at its place in the rules', () => {
    expect(loaded.warnings.map(formatDiagnostic)).toEqual([
      'wizard.yaml:77:9: symptom "quick-fix" has no examples: add examples/quick-fix.yaml (see docs/authoring.md)',
    ]);
  });
});

describe('examples that do not hold say what the rules give instead', () => {
  const loaded = withExamples('wrong', {
    'blade-missing.yaml': `examples:
  - answers: {}
    next: role
  - answers: { sync: cloud }
    next: writeback
  - answers: { sync: cloud, role: admin }
    items: [hybrid-only, writeback-off]
  - answers: { sync: cloud, writeback: on, role: admin }
    items: [hybrid-only, read-more]
    notes: [tab-renamed]
  - answers: { sync: cloud, role: user }
    next: role
`,
    'quick-fix.yaml': `examples:
  - answers: {}
    items: [restart]
    verdict: { answer: 'yes' }
`,
  });

  test.each([
    [0, 'next: expected "role", the rules ask "sync"'],
    [1, 'next: expected "writeback", the rules ask "role"'],
    [
      2,
      'items: missing writeback-off; also read-more (the rules give: hybrid-only, read-more); notes: also tab-renamed (the rules give: tab-renamed)',
    ],
    [3, 'these answers are not on the path (the question is not asked after the others): writeback: on'],
    [4, 'next: expected "role", the rules reach the remedy'],
    [5, 'verdict: expected one, the symptom gives none'],
  ])('example %i', (index, problem) => {
    expect(loaded.diagnostics).toEqual([]);
    const example = loaded.examples[index];
    expect(example && exampleProblem(tree, example)).toBe(problem);
  });
});

describe('malformed examples are reported at file:line:col', () => {
  test('unknown ids, each at its own place', () => {
    const { diagnostics } = withExamples('unknown-ids', {
      'blade-missing.yaml': `examples:
  - answers: { sync: cloudy, colour: red }
    items: [hybrid-only, no-such-item]
    notes: [no-such-note]
  - answers: {}
    next: colour
`,
    });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'examples/blade-missing.yaml:2:22: "sync" has no option "cloudy"',
      'examples/blade-missing.yaml:2:38: "blade-missing" never asks "colour"; it asks: sync, writeback, role',
      'examples/blade-missing.yaml:3:26: "blade-missing" has no item "no-such-item"',
      'examples/blade-missing.yaml:4:13: "blade-missing" has no note "no-such-note"',
      'examples/blade-missing.yaml:6:11: "blade-missing" never asks "colour"; it asks: sync, writeback, role',
    ]);
  });

  test('both `next` and `items`, neither (a misspelt key), and a file named after no symptom', () => {
    const { diagnostics } = withExamples('schema', {
      'blade-missing.yaml': `examples:
  - answers: {}
    next: sync
    items: [read-more]
  - answers: {}
    item: [read-more]
`,
      'no-such-symptom.yaml': `examples:
  - answers: {}
    next: sync
`,
    });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'examples/blade-missing.yaml:2:5: examples.0: give either `next` (the question that comes next) or `items` (the remedy that applies), not both',
      'examples/blade-missing.yaml:6:5: examples.1: unknown key "item"',
      'examples/blade-missing.yaml:5:5: examples.1: give either `next` (the question that comes next) or `items` (the remedy that applies), not both',
      'examples/no-such-symptom.yaml:1:1: no symptom "no-such-symptom": name the file after one of blade-missing, quick-fix',
    ]);
  });
});

describe("Microsoft's role table as a grid (examples/tables/who-can-reset.yaml), cell by cell against roles.yaml", () => {
  const grid = (rows: string, columns = '[no-admin-role, global-admin]') =>
    withExamples(`grid-${rows.length}-${columns.length}`, {
      'tables/who-can-reset.yaml': `source: https://learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions
checked: 2026-12-04
columns: ${columns}
rows:
${rows}`,
    }).diagnostics.map(formatDiagnostic);

  test('a grid that agrees with the table loads without a problem', () => {
    expect(grid('  global-admin: [Y, Y]\n  no-admin-role: [N, N]\n')).toEqual([]);
  });

  test('a cell that disagrees is reported at the cell, with both copies', () => {
    expect(grid('  global-admin: [Y, N]\n')).toEqual([
      'examples/tables/who-can-reset.yaml:5:21: global-admin resetting global-admin: the grid says N, roles.yaml says Y',
    ]);
  });

  test('an unknown role, a short row, a role without a column and a resetting role without a row', () => {
    expect(grid('  no-admin-role: [N]\n  colour-admin: [Y, Y]\n', '[no-admin-role, colour]')).toEqual([
      'examples/tables/who-can-reset.yaml:3:26: "colour" is not a role of roles.yaml (no-admin-role, global-admin)',
      'examples/tables/who-can-reset.yaml:3:10: role "global-admin" of roles.yaml has no column: add it',
      'examples/tables/who-can-reset.yaml:5:3: role "global-admin" resets passwords in roles.yaml but has no row: add it',
      'examples/tables/who-can-reset.yaml:5:18: row "no-admin-role" has 1 cells for 2 columns',
      'examples/tables/who-can-reset.yaml:6:17: "colour-admin" is not a role of roles.yaml (no-admin-role, global-admin)',
    ]);
  });

  test('a cell other than Y or N is a schema problem at its place', () => {
    expect(grid('  global-admin: [Y, yes]\n')).toEqual([
      'examples/tables/who-can-reset.yaml:5:21: rows.global-admin.1: must be Y (can reset) or N (cannot)',
    ]);
  });
});
