/** Unit tests of diagnostics.ts: the `file:line:col: message` format, collecting, and the error that lists all. */
import { describe, expect, test } from 'vitest';
import { ContentError, Diagnostics, formatDiagnostic } from '../../src/compiler/diagnostics.ts';

const place = { file: 'content/nb/a.md', line: 12, column: 3 };

test('formatDiagnostic writes file:line:col: message, as editors link it', () => {
  expect(formatDiagnostic({ ...place, message: 'what is wrong' })).toBe(
    'content/nb/a.md:12:3: what is wrong',
  );
});

describe('Diagnostics', () => {
  test('starts empty and ok', () => {
    const d = new Diagnostics();
    expect(d.ok).toBe(true);
    expect(d.list).toEqual([]);
  });

  test('keeps every problem added, in order', () => {
    const d = new Diagnostics();
    d.add(place, 'first');
    d.add({ file: 'content/wizard.yaml', line: 1, column: 1 }, 'second');
    expect(d.ok).toBe(false);
    expect(d.list).toEqual([
      { ...place, message: 'first' },
      { file: 'content/wizard.yaml', line: 1, column: 1, message: 'second' },
    ]);
  });
});

describe('ContentError', () => {
  test('its message counts and lists every problem, one a line', () => {
    const error = new ContentError([
      { ...place, message: 'first' },
      { file: 'content/wizard.yaml', line: 4, column: 7, message: 'second' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe(
      'The content has 2 problems:\ncontent/nb/a.md:12:3: first\ncontent/wizard.yaml:4:7: second',
    );
    expect(error.diagnostics).toHaveLength(2);
  });

  test('says "problem" for one', () => {
    expect(new ContentError([{ ...place, message: 'only' }]).message).toBe(
      'The content has 1 problem:\ncontent/nb/a.md:12:3: only',
    );
  });
});
