/**
 * The start page's groups (content/groups.yaml): a valid file becomes the tree's groups, and each bad groups file
 * under group-fixtures/ (laid over the valid folder _base/) is reported with its file, line, column and how to fix it.
 */
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { compileContent, compileOrThrow, GROUPS_FILE } from '../../src/compiler/compile.ts';
import { expectDiagnostics } from './expect-diagnostics.ts';
import type { ExpectedDiagnostic } from './expect-diagnostics.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'group-fixtures');
const base = path.join(root, '_base');
const scratch = mkdtempSync(path.join(tmpdir(), 'group-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Compiles _base with `<kind>.yaml` as its groups file, in a folder of its own that is also the working directory. */
function diagnosticsOf(kind: string) {
  const dir = path.join(scratch, kind);
  cpSync(base, dir, { recursive: true });
  copyFileSync(path.join(root, `${kind}.yaml`), path.join(dir, GROUPS_FILE));
  return compileContent(dir, dir).diagnostics;
}

const cases: [what: string, kind: string, expected: ExpectedDiagnostic[]][] = [
  [
    'a symptom in no group',
    'in-no-group',
    [['wizard.yaml', 25, 9, 'symptom "screen-black" is in no group of groups.yaml: add its id to the group']],
  ],
  [
    'a symptom in two groups',
    'in-two-groups',
    [
      [
        'groups.yaml',
        8,
        30,
        'symptom "button-broken" is already in group "buttons": a symptom belongs to exactly one group; remove it from one of them',
      ],
    ],
  ],
  [
    'an unknown symptom id',
    'unknown-symptom',
    [
      [
        'groups.yaml',
        5,
        31,
        'unknown symptom "screen-white": use an id from wizard.yaml (button-broken, screen-black)',
      ],
    ],
  ],
  [
    'an empty group',
    'empty-group',
    [
      [
        'groups.yaml',
        8,
        15,
        'groups.1.symptoms: an empty group: list the ids of its symptoms under "symptoms", or remove the group',
      ],
    ],
  ],
  [
    'two groups with one id',
    'duplicate-id',
    [['groups.yaml', 6, 9, 'duplicate group id "buttons": give each group its own id']],
  ],
  [
    'a heading in one language only',
    'heading-one-language',
    [['groups.yaml', 4, 14, 'groups.0.heading.en:']],
  ],
];

describe('bad groups are reported with file, line, column and how to fix them', () => {
  test.each(cases)('%s (group-fixtures/%s.yaml)', (_, kind, expected) => {
    expectDiagnostics(diagnosticsOf(kind), expected);
  });

  test('every bad file has a case', () => {
    const kinds = readdirSync(root)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''));
    expect(kinds.sort()).toEqual(cases.map(([, kind]) => kind).sort());
  });
});

describe('valid groups', () => {
  test('become the tree’s groups: ids, headings in both languages and symptom ids, in the file’s order', () => {
    expect(compileOrThrow(base, base).groups).toEqual([
      { id: 'buttons', heading: { nb: 'Knapper', en: 'Buttons' }, symptoms: ['button-broken'] },
      { id: 'screens', heading: { nb: 'Skjermer', en: 'Screens' }, symptoms: ['screen-black'] },
    ]);
  });

  test('a content folder without the file has no groups', () => {
    const dir = path.join(scratch, 'without');
    cpSync(base, dir, { recursive: true });
    rmSync(path.join(dir, GROUPS_FILE));
    expect(compileOrThrow(dir, dir).groups).toEqual([]);
  });
});
