/** Unit tests of rules.ts: loading wizard.yaml, its defaults, and the positions of its problems. */
import { describe, expect, test } from 'vitest';
import { Diagnostics } from '../../src/compiler/diagnostics.ts';
import { loadRules } from '../../src/compiler/rules.ts';

/** Loads rules from YAML lines, returning the result with the diagnostics as `line:col message`. */
function load(...lines: string[]) {
  const d = new Diagnostics();
  const loaded = loadRules(lines.join('\n'), 'wizard.yaml', d);
  return { ...loaded, problems: d.list.map((p) => `${p.line}:${p.column} ${p.message}`) };
}

const VALID = [
  'article: guide',
  'questions:',
  '  - id: role',
  '    label: { nb: Rolle?, en: Role? }',
  '    options:',
  '      - id: admin',
  '        label: { nb: Admin, en: Admin }',
  '      - id: not-sure',
  '        unsure: true',
  '        label: { nb: Vet ikke, en: Not sure }',
  'symptoms:',
  '  - id: broken',
  '    heading: { nb: Det virker ikke, en: It does not work }',
  '    summary: { nb: Feil., en: Broken. }',
  '    items: [first]',
  '    ask:',
  '      - role',
  '      - question: role',
  '        when: { role: [admin] }',
];

describe('loadRules', () => {
  test('valid rules load, with the defaults filled in', () => {
    const { rules, article, problems } = load(...VALID);
    expect(problems).toEqual([]);
    expect(article).toBe('guide');
    expect(rules?.questions[0]?.remember).toBe(false);
    expect(rules?.symptoms[0]).toEqual({
      id: 'broken',
      heading: { nb: 'Det virker ikke', en: 'It does not work' },
      summary: { nb: 'Feil.', en: 'Broken.' },
      keywords: { nb: [], en: [] },
      items: [{ id: 'first' }],
      ask: ['role', { question: 'role', when: { role: ['admin'] } }],
      rules: [],
      notes: [],
      claims: [],
    });
  });

  test('an item entry with its fingerprint loads as its id and fingerprint', () => {
    const lines = VALID.map((l) => (l === '    items: [first]' ? '    items: [first: 0a1b-2c3d]' : l));
    const { rules, problems } = load(...lines);
    expect(problems).toEqual([]);
    expect(rules?.symptoms[0]?.items).toEqual([{ id: 'first', fingerprint: '0a1b-2c3d' }]);
  });

  test.each([
    ['first: 12345678', 'must be the fingerprint the compiler names, such as 508f-7fbe'],
    ['{ first: 0a1b-2c3d, second: 0a1b-2c3d }', 'write each item as'],
  ])('a malformed item entry (%s) is refused with what to write', (entry, message) => {
    const lines = VALID.map((l) => (l === '    items: [first]' ? `    items: [${entry}]` : l));
    expect(load(...lines).problems.join('\n')).toContain(message);
  });

  test('placeOf finds a value by its path, or its nearest ancestor', () => {
    const { placeOf } = load(...VALID);
    expect(placeOf(['symptoms', 0, 'heading', 'en'])).toEqual({ file: 'wizard.yaml', line: 13, column: 41 });
    expect(placeOf(['symptoms', 0, 'ask', 1, 'when', 'role', 0])).toEqual({
      file: 'wizard.yaml',
      line: 19,
      column: 24,
    });
    expect(placeOf(['symptoms', 0, 'rules', 3])).toEqual({ file: 'wizard.yaml', line: 12, column: 5 });
    expect(placeOf([])).toEqual({ file: 'wizard.yaml', line: 1, column: 1 });
  });

  test('the article is read even when the rest is invalid, so the articles can still be checked', () => {
    const { rules, article, problems } = load('article: guide', 'questions: nope', 'symptoms: []');
    expect(rules).toBeUndefined();
    expect(article).toBe('guide');
    expect(problems).toEqual([
      '2:12 questions: Invalid input: expected array, received string',
      '3:11 symptoms: list at least one symptom',
    ]);
  });

  test('an article name that is not an id is not used', () => {
    const { article, problems } = load('article: ../etc/passwd', 'questions: []', 'symptoms: []');
    expect(article).toBeUndefined();
    expect(problems[0]).toBe(
      '1:10 article: must be a kebab-case ASCII id (a-z, 0-9, single hyphens), e.g. "reset-button-greyed-out"',
    );
  });

  test('an empty file is reported at 1:1, never line 0', () => {
    expect(load('').problems).toEqual(['1:1 the file: Invalid input: expected object, received null']);
  });

  test('a YAML syntax error gives no rules and no article', () => {
    const { rules, article, problems } = load('article: guide', 'questions: [', 'symptoms: []');
    expect(rules).toBeUndefined();
    expect(article).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^3:1 YAML syntax: /);
  });

  test('a repeated key is a YAML error at the repeat', () => {
    const { problems } = load('article: guide', 'article: other', 'questions: []', 'symptoms: []');
    expect(problems).toEqual([expect.stringMatching(/^2:1 YAML syntax: Map keys must be unique/)]);
  });

  test('an unknown field is refused (strict schema), __proto__ included', () => {
    expect(
      load('article: guide', '__proto__: { polluted: true }', 'questions: []', 'symptoms: []').problems,
    ).toEqual(['4:11 symptoms: list at least one symptom', '2:1 the file: unknown key "__proto__"']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('each unknown key is reported where it is written, not at the object that holds it', () => {
    const lines = [...VALID];
    lines.splice(3, 0, '    lable: { nb: Rolle?, en: Role? }', '    remeber: true');
    lines.splice(lines.indexOf('        unsure: true'), 0, '        unshure: true');
    const byLine = load(...lines).problems.sort((a, b) => parseInt(a) - parseInt(b));
    expect(byLine).toEqual([
      '4:5 questions.0: unknown key "lable"',
      '5:5 questions.0: unknown key "remeber"',
      '11:9 questions.0.options.1: unknown key "unshure"',
    ]);
  });

  test('a question needs two options; labels need both languages and some text', () => {
    const { problems } = load(
      'article: guide',
      'questions:',
      '  - id: q',
      "    label: { nb: '  ', en: Q? }",
      '    options:',
      '      - id: only',
      '        label: { nb: Bare }',
      'symptoms: []',
    );
    expect(problems).toEqual([
      '4:18 questions.0.label.nb: must not be empty',
      '7:16 questions.0.options.0.label.en: Invalid input: expected string, received undefined',
      '6:7 questions.0.options: a question needs at least two options',
      '8:11 symptoms: list at least one symptom',
    ]);
  });

  test('a condition lists at least one option', () => {
    const { problems } = load(...VALID.slice(0, -1), '        when: { role: [] }');
    expect(problems).toEqual(['19:23 symptoms.0.ask.1.when.role: list at least one option id']);
  });
});
