/**
 * Pins the tree module's public API: the runtime exports of each file. A change here is a change to the contract
 * between the compiler and the UI; update this list on purpose, never by accident.
 */
import { expect, test } from 'vitest';

test('resolve.ts exports exactly these names', async () => {
  expect(Object.keys(await import('../../src/tree/resolve.ts')).sort()).toEqual([
    'describeAnswer',
    'findQuestion',
    'findSymptom',
    'isUnsure',
    'matchCondition',
    'resolve',
  ]);
});

test('paths.ts exports exactly these names', async () => {
  expect(Object.keys(await import('../../src/tree/paths.ts')).sort()).toEqual([
    'ABOUT_SEGMENT',
    'CODES_SEGMENT',
    'NOT_FOUND_FILE',
    'RESERVED_SEGMENTS',
    'aboutPath',
    'backState',
    'changeState',
    'chooseState',
    'codePath',
    'codeState',
    'codesPath',
    'isLang',
    'locationPath',
    'notFoundFile',
    'parsePath',
    'startPath',
    'statePath',
    'switchLanguagePath',
    'symptomOfPath',
    'symptomPath',
  ]);
});

test('inline.ts exports exactly these names', async () => {
  expect(Object.keys(await import('../../src/tree/inline.ts')).sort()).toEqual([
    'collectLinks',
    'httpsHost',
    'inlineText',
    'linkNodes',
    'linkTargets',
    'plainText',
  ]);
});

test('enumerate.ts exports exactly these names', async () => {
  expect(Object.keys(await import('../../src/tree/enumerate.ts')).sort()).toEqual(['enumerateStates']);
});

test('walk.ts exports exactly these names', async () => {
  expect(Object.keys(await import('../../src/tree/walk.ts')).sort()).toEqual([
    'flowPaths',
    'flowPoints',
    'foldFlow',
    'longestRemaining',
    'nextQuestion',
  ]);
});

test('types.ts exports exactly these runtime names (the rest are types)', async () => {
  expect(Object.keys(await import('../../src/tree/types.ts')).sort()).toEqual([
    'ACCOUNT',
    'ACCOUNT_KINDS',
    'ADMIN_LICENCE',
    'ADMIN_LICENCE_ANSWERS',
    'CODE_GROUPS',
    'LANGS',
    'OTHER_ROLES',
    'OTHER_ROLES_ANSWERS',
    'PROTECTED',
    'PROTECTED_KINDS',
  ]);
});

test('the languages are Norwegian first, then English', async () => {
  const { LANGS } = await import('../../src/tree/types.ts');
  expect(LANGS).toEqual(['nb', 'en']);
});
