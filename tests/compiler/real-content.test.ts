/** The real content compiles cleanly, and a javascript: link put into it is reported at its file and line. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { compileContent } from '../../src/compiler/compile.ts';
import { LANGS } from '../../src/tree/lang.ts';

const article = (parse(readFileSync('content/wizard.yaml', 'utf8')) as { article: string }).article;

describe('the real content', () => {
  const result = compileContent('content');

  test('compiles without a single diagnostic', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.tree).toBeDefined();
  });

  test('every symptom has a heading, a summary and items in both languages', () => {
    expect(result.tree?.symptoms.length).toBeGreaterThan(0);
    for (const symptom of result.tree?.symptoms ?? []) {
      expect(symptom.items.length).toBeGreaterThan(0);
      for (const lang of LANGS) {
        expect(symptom.heading[lang]).not.toBe('');
        expect(symptom.summary[lang]).not.toBe('');
        for (const item of symptom.items) expect(item.content[lang].length).toBeGreaterThan(0);
      }
    }
  });

  test('reads the rules and both editions of the article', () => {
    expect(result.files).toEqual(
      expect.arrayContaining(
        ['wizard.yaml', ...LANGS.map((lang) => `${lang}/${article}.md`)].map((f) => path.join('content', f)),
      ),
    );
  });
});

describe('a javascript: link put at the end of a list item of the Norwegian article', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'content-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const file = `nb/${article}.md`;
  const lines = readFileSync(path.join('content', file), 'utf8').split('\n');
  // List items of the body, after the first bold symptom heading (the front matter has YAML lists too).
  const body = lines.findIndex((line) => line.startsWith('**'));
  const listItems = lines.flatMap((line, i) => (i > body && /^\s*(?:[-*]|\d+\.)\s/.test(line) ? [i] : []));
  const firstTopLevel = listItems.find((i) => /^\S/.test(lines[i] as string));
  const firstNested = listItems.find((i) => /^\s/.test(lines[i] as string));

  test('the article has top-level and nested list items to try', () => {
    expect(firstTopLevel).toBeDefined();
    expect(firstNested).toBeDefined();
  });

  test.each([
    ['a top-level list item', firstTopLevel],
    ['a nested list item', firstNested],
  ])('is reported at that file and line (%s)', (_, index) => {
    const at = index as number;
    const dir = path.join(tmp, String(at));
    cpSync('content', dir, { recursive: true });
    const changed = [...lines];
    changed[at] = `${lines[at]} [klikk](javascript:alert(1))`;
    writeFileSync(path.join(dir, file), changed.join('\n'));

    const { tree, diagnostics } = compileContent(dir, dir);

    expect(tree).toBeUndefined();
    expect(diagnostics).toContainEqual({
      file,
      line: at + 1,
      column: (lines[at] as string).length + 2,
      message: expect.stringContaining('link "javascript:alert(1)" is not an https address'),
    });
  });
});

describe('a note whose text is more than one paragraph of text', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'content-note-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('a list in a note is reported at the note, not dropped', () => {
    cpSync('content', tmp, { recursive: true });
    const lines = readFileSync(path.join(tmp, 'wizard.yaml'), 'utf8').split('\n');
    // The English text of the first note, written as a plain scalar on its own line.
    const notes = lines.findIndex((l) => /^ {4}notes:/.test(l));
    const at = lines.findIndex((l, i) => i > notes && /^ {10}en: \S/.test(l));
    expect(at).toBeGreaterThan(0);
    lines[at] = '          en: "- a list item\\n- another"';
    writeFileSync(path.join(tmp, 'wizard.yaml'), lines.join('\n'));
    const result = compileContent(tmp, tmp);
    expect(result.tree).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        file: 'wizard.yaml',
        line: at + 1,
        column: 15,
        message:
          "in this note's text: list is not supported in a note; write the note as one paragraph of text with links",
      },
    ]);
  });
});
