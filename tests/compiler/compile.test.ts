/** Unit tests of compile.ts: reading a content folder, file names relative to cwd, and missing files. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { compileContent, compileOrThrow, RULES_FILE } from '../../src/compiler/compile.ts';
import { ContentError } from '../../src/compiler/diagnostics.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const minimal = path.join(fixtures, 'minimal');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'compile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('the rules file is wizard.yaml', () => {
  expect(RULES_FILE).toBe('wizard.yaml');
});

describe('compileContent', () => {
  test('reads the rules and the article in each language', () => {
    const { tree, diagnostics, files } = compileContent(minimal, minimal);
    expect(diagnostics).toEqual([]);
    expect(tree?.symptoms.map((s) => s.id)).toEqual(['cannot-sign-in']);
    expect(files).toEqual(
      expect.arrayContaining(['wizard.yaml', 'nb/guide.md', 'en/guide.md'].map((f) => path.join(minimal, f))),
    );
  });

  test('names files relative to the working directory given', () => {
    const dir = path.join(fixtures, 'errors', 'link-http');
    const files = compileContent(dir, fixtures).diagnostics.map((d) => d.file);
    expect(files).toEqual(['errors/link-http/nb/base.md', 'errors/link-http/en/base.md']);
  });

  test('a missing folder is a diagnostic on its rules file, not a crash', () => {
    const missing = path.join(tmp, 'nowhere');
    const { tree, diagnostics } = compileContent(missing, tmp);
    expect(tree).toBeUndefined();
    expect(diagnostics).toContainEqual({
      file: 'nowhere/wizard.yaml',
      line: 1,
      column: 1,
      message: 'cannot read this file: does it exist?',
    });
  });

  test('a missing English edition is reported, and the Norwegian one still read', () => {
    const dir = path.join(tmp, 'no-english');
    cpSync(minimal, dir, { recursive: true });
    rmSync(path.join(dir, 'en', 'guide.md'));
    const { tree, diagnostics } = compileContent(dir, dir);
    expect(tree).toBeUndefined();
    expect(diagnostics[0]).toEqual({
      file: 'en/guide.md',
      line: 1,
      column: 1,
      message: 'cannot read this file: does it exist?',
    });
    expect(diagnostics.some((d) => d.file === 'nb/guide.md')).toBe(false);
  });
});

describe('compileOrThrow', () => {
  test('returns the tree of valid content', () => {
    expect(compileOrThrow(minimal, minimal).title).toEqual({ nb: 'Hjelp', en: 'Help' });
  });

  test('throws a ContentError carrying every diagnostic', () => {
    const dir = path.join(fixtures, 'errors', 'link-javascript');
    let error: unknown;
    try {
      compileOrThrow(dir, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      'nb/base.md:6:14',
      'en/base.md:6:13',
    ]);
  });
});
