/**
 * Error codes (content/codes.yaml), symptoms the 2021 article lacks (content/added/<lang>/<id>.md) and the coverage
 * list of Microsoft's pages (content/coverage.yaml): a valid fixture compiles into the tree, and each kind of bad
 * input under code-fixtures/errors/<kind>/ is reported with its file, line, column and message.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { codeKey } from '../../src/tree/search.ts';
import { compileContent, compileOrThrow } from '../../src/compiler/compile.ts';
import { codeState } from '../../src/tree/paths.ts';
import { expectDiagnostics } from './expect-diagnostics.ts';
import type { ExpectedDiagnostic } from './expect-diagnostics.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, 'code-fixtures', 'errors');

function diagnosticsOf(kind: string) {
  const dir = path.join(root, kind);
  return compileContent(dir, dir).diagnostics;
}

const cases: [what: string, kind: string, expected: ExpectedDiagnostic[]][] = [
  [
    'a code leading to an unknown symptom, and answers naming an unknown question and option',
    'code-unknown-references',
    [
      ['codes.yaml', 5, 14, 'unknown symptom "screen-black"; the symptoms are: button-broken'],
      ['codes.yaml', 16, 22, 'unknown question "size": define it in the rules'],
      [
        'codes.yaml',
        16,
        35,
        'unknown option "green" of question "colour"; its options are: grey, blue, not-sure',
      ],
    ],
  ],
  [
    'codes that lead where their kind of meaning does not belong',
    'code-kind-mismatch',
    [
      ['codes.yaml', 8, 16, 'unknown symptom "screen-black"; the symptoms are: button-broken'],
      [
        'codes.yaml',
        17,
        14,
        'code "err-1" is of kind "account-state", which leads to no symptom (codes.yaml:11:15): remove "symptom"',
      ],
      ['codes.yaml', 24, 9, 'code "err-2" has no kind: say what it means with "kind", one of: button-state'],
      ['codes.yaml', 37, 11, 'unknown kind "colour"; the kinds are: button-state, account-state'],
      [
        'codes.yaml',
        48,
        11,
        'code "err-4" is of kind "button-state", which leads to screen-black (codes.yaml:8:15): name one of those',
      ],
      ['codes.yaml', 59, 14, 'code "err-5" leads to no symptom, so it has no answers to pre-fill'],
      [
        'codes.yaml',
        80,
        14,
        'code "err-7" is of kind "button-state", which leads to screen-black (codes.yaml:8:15), not to "button-broken"',
      ],
    ],
  ],
  [
    'a code id twice, and one code written twice in two spellings',
    'code-duplicates',
    [
      ['codes.yaml', 13, 9, 'duplicate code id "err-1"'],
      ['codes.yaml', 15, 11, '"err 1" is already the code or an alias of entry 1 ("err-1")'],
    ],
  ],
  [
    'a text given in one language only',
    'code-missing-language',
    [['codes.yaml', 10, 14, 'codes.0.meaning.en: missing: write this text in both languages']],
  ],
  [
    'a source off the allow-list, and an http link in a text',
    'code-source-off-allow-list',
    [
      ['codes.yaml', 6, 13, 'goes to example.com, which is not on the allow-list'],
      ['codes.yaml', 11, 36, 'link "http://learn.microsoft.com/retry" is not an https address'],
    ],
  ],
  [
    'a healthy mark that is not true or false',
    'code-healthy-not-boolean',
    [['codes.yaml', 6, 14, 'codes.0.healthy: must be true or false']],
  ],
  [
    'a coverage list whose cases point nowhere, list a case twice or cite a page off the allow-list',
    'coverage-points-nowhere',
    [
      ['coverage.yaml', 12, 15, 'the case "The button is grey" is listed twice for this page'],
      ['coverage.yaml', 14, 10, 'goes to example.com, which is not on the allow-list'],
      [
        'coverage.yaml',
        9,
        19,
        'the case "The screen is black" points to symptom "screen-black", which does not exist',
      ],
      ['coverage.yaml', 11, 19, 'the case "ERR_7" points to code "err-7", which does not exist'],
      ['coverage.yaml', 11, 31, 'the case "ERR_7" points to item "reboot", which does not exist'],
    ],
  ],
  [
    'a coverage list with a month for a page date, an answer without its kind, and a case with no answer',
    'coverage-bad-answers',
    [
      ['coverage.yaml', 4, 11, "pages.0.date: must be the page's own date (its ms.date), as YYYY-MM-DD"],
      ['coverage.yaml', 7, 19, 'must be symptom:<id>, code:<id> or item:<id>'],
      ['coverage.yaml', 9, 18, 'name at least one place in the app that answers this case'],
    ],
  ],
  [
    'a symptom named like the code pages',
    'code-reserved-id',
    [['wizard.yaml', 15, 9, '"codes" is reserved for the error-code pages']],
  ],
  [
    'an added symptom without its files',
    'added-without-file',
    [
      ['wizard.yaml', 17, 7, 'added/nb/button-broken.md is missing'],
      ['wizard.yaml', 17, 7, 'added/en/button-broken.md is missing'],
    ],
  ],
  [
    'an added file whose symptom says it comes from the article',
    'added-without-origin',
    [
      ['added/nb/screen-black.md', 1, 1, 'whose rules say it comes from the 2021 article; give it "origin"'],
      ['added/en/screen-black.md', 1, 1, 'whose rules say it comes from the 2021 article; give it "origin"'],
    ],
  ],
  [
    'an added file no symptom claims',
    'added-unknown-symptom',
    [
      ['added/nb/screen-black.md', 1, 1, 'no symptom in the rules has the id "screen-black"'],
      ['added/en/screen-black.md', 1, 1, 'no symptom in the rules has the id "screen-black"'],
      ['added/nb/screen-black.md', 1, 1, 'the heading "Skjermen er svart" is covered by no symptom'],
      ['added/en/screen-black.md', 1, 1, 'the heading "The screen is black" is covered by no symptom'],
    ],
  ],
];

describe('bad codes and added symptoms are reported with file, line, column and message', () => {
  test.each(cases)('%s (code-fixtures/errors/%s)', (_, kind, expected) => {
    expectDiagnostics(diagnosticsOf(kind), expected);
  });

  test('every fixture has a case (the _base folder is the valid start of each)', () => {
    const kinds = readdirSync(root).filter((k) => k !== '_base');
    expect(kinds.sort()).toEqual(cases.map(([, kind]) => kind).sort());
    expect(diagnosticsOf('_base')).toEqual([]);
  });
});

describe('a valid content folder with codes and an added symptom', () => {
  const dir = path.join(here, 'code-fixtures', 'valid');
  const tree = compileOrThrow(dir, dir);

  test('the added symptom carries its origin and its own words in both languages', () => {
    const added = tree.symptoms.find((s) => s.id === 'screen-black');
    expect(added?.origin).toEqual({
      source: 'https://learn.microsoft.com/screen',
      sourceDate: '2025-06',
      checked: '2026-12-01',
    });
    expect(added?.items.map((i) => [i.id, i.kind])).toEqual([
      ['restart', 'bullet'],
      ['read-more', 'paragraph'],
    ]);
    expect(added?.items[0]?.content.en).toEqual([{ type: 'text', value: 'Restart the machine.' }]);
    expect(tree.symptoms.find((s) => s.id === 'button-broken')?.origin).toBeUndefined();
  });

  test('a code keeps its code, aliases, answers, source and Markdown words', () => {
    const code = tree.codes.find((c) => c.id === 'err-0042');
    expect(code).toMatchObject({
      id: 'err-0042',
      group: 'sspr',
      code: 'ERR_0042',
      aliases: ['ButtonGreyError'],
      kind: 'button-state',
      symptom: 'button-broken',
      answers: [{ question: 'colour', option: 'grey' }],
      healthy: false,
      sourceDate: '2025-06',
      checked: '2026-12-01',
      title: { nb: 'Knappen er grå', en: 'The button is grey' },
    });
    expect(code?.meaning.en).toEqual([
      { type: 'text', value: 'The button is ' },
      { type: 'strong', children: [{ type: 'text', value: 'turned off' }] },
      { type: 'text', value: '.' },
    ]);
    expect(code?.action.nb[1]).toMatchObject({ type: 'link', host: 'learn.microsoft.com' });
  });

  test('a code marked healthy says so; a code without the mark is an error', () => {
    expect(tree.codes.map((c) => [c.id, c.healthy])).toEqual([
      ['err-0042', false],
      ['event-0043', true],
    ]);
  });

  test("a code's state is its symptom with its answers replayed", () => {
    const state = codeState(tree, tree.codes[0] as (typeof tree.codes)[number]);
    expect(state?.kind).toBe('remedy');
    expect(state?.answers).toEqual([{ question: 'colour', option: 'grey' }]);
  });

  test('a code that leads to no symptom has no state: its page is the whole answer', () => {
    const code = tree.codes[0] as (typeof tree.codes)[number];
    const { symptom, ...alone } = code;
    expect(symptom).toBe('button-broken');
    expect(codeState(tree, { ...alone, answers: [] })).toBeUndefined();
  });

  test('codes compare without case, spaces, underscores or hyphens', () => {
    expect(codeKey('SSPR_0029')).toBe(codeKey('sspr 0029'));
    expect(codeKey('SSPR-0029')).toBe('sspr0029');
    expect(codeKey('SSPR_0029')).not.toBe(codeKey('SSPR_0030'));
  });
});
