import { describe, expect, test } from 'vitest';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { parsePath } from '../../src/tree/paths.ts';
import {
  ABOUT_PART,
  CODES_PART,
  questionPart,
  mergeText,
  splitTree,
  textKey,
  textPartsOf,
} from '../../src/tree/split.ts';
import { LANGS } from '../../src/tree/lang.ts';

const tree = compileOrThrow('content');

describe('splitTree and mergeText', () => {
  test('the structure carries no article text, note text, keywords, hints, checks or corrections', () => {
    const { core } = splitTree(tree);
    for (const symptom of core.symptoms) {
      for (const item of symptom.items) expect(item.content).toEqual({ nb: [], en: [] });
      for (const note of symptom.notes) expect(note.text).toEqual({ nb: [], en: [] });
      expect(symptom.keywords).toEqual({ nb: [], en: [] });
    }
    expect(core.corrections).toEqual([]);
    // The about page's own words: the guide's corrections and the names of the admin policy's roles.
    expect(core.revisions ?? []).toEqual([]);
    expect(core.roles.adminPolicy?.roles ?? []).toEqual([]);
    expect(core.questions.some((q) => q.check || q.hint)).toBe(false);
    // Everything the wizard needs to route and ask stays: ids, rules, questions, headings.
    expect(core.questions).toEqual(tree.questions.map((q) => ({ ...q, check: undefined, hint: undefined })));
    expect(core.symptoms.map((s) => [s.id, s.heading, s.ask, s.rules])).toEqual(
      tree.symptoms.map((s) => [s.id, s.heading, s.ask, s.rules]),
    );
  });

  test('one part per symptom, question and language, plus the about and code pages per language', () => {
    const { parts } = splitTree(tree);
    expect(Object.keys(parts).sort()).toEqual(
      LANGS.flatMap((lang) => [
        ...tree.symptoms.map((s) => textKey(lang, s.id)),
        ...tree.questions.map((q) => textKey(lang, questionPart(q.id))),
        textKey(lang, ABOUT_PART),
        textKey(lang, CODES_PART),
      ]).sort(),
    );
  });

  test("a question's part carries its hint and check in one language only", () => {
    const { core, parts } = splitTree(tree);
    const original = tree.questions.find((q) => q.id === 'licence')!;
    const part = parts[textKey('nb', questionPart('licence'))]!;
    expect(Object.keys(part.checks ?? {})).toEqual(['licence']);
    expect(part.hints).toEqual({ licence: original.hint!.nb });
    expect(JSON.stringify(part)).not.toContain(JSON.stringify(original.hint!.en));
    expect(JSON.stringify(part)).not.toContain(JSON.stringify(original.check!.where.en));
    mergeText(core, part);
    const merged = core.questions.find((q) => q.id === 'licence')!;
    const check = merged.check!;
    expect(check.where.nb).toEqual(original.check!.where.nb);
    expect(check.where.en).toEqual([]);
    expect(merged.hint).toEqual({ nb: original.hint!.nb, en: '' });
    expect(check.commands.map((c) => c.run)).toEqual(original.check!.commands.map((c) => c.run));
  });

  test('merging every part back gives the whole tree', () => {
    const { core, parts } = splitTree(tree);
    for (const part of Object.values(parts)) mergeText(core, part);
    expect(core).toEqual(tree);
  });

  test('the structure keeps only the ids of the error codes, which is enough to route a code URL', () => {
    const { core } = splitTree(tree);
    expect(core.codes).toEqual([]);
    expect(core.codeIds).toEqual(tree.codes.map((c) => c.id));
    const first = tree.codes[0]!;
    expect(parsePath(core, `/en/codes/${first.id}/`)).toEqual({ kind: 'code', lang: 'en', code: first.id });
    expect(parsePath(core, '/en/codes/no-such-code/').kind).toBe('not-found');
  });

  test("the codes part brings every code, its words in that part's language only", () => {
    const { core, parts } = splitTree(tree);
    mergeText(core, parts[textKey('nb', CODES_PART)]!);
    expect(core.codes.map((c) => c.id)).toEqual(tree.codeIds);
    const [got, want] = [core.codes[0]!, tree.codes[0]!];
    expect([got.code, got.symptom, got.answers, got.source]).toEqual([
      want.code,
      want.symptom,
      want.answers,
      want.source,
    ]);
    expect(got.title).toEqual({ nb: want.title.nb, en: '' });
    expect(got.meaning.en).toEqual([]);
    mergeText(core, parts[textKey('en', CODES_PART)]!);
    expect(core.codes).toEqual(tree.codes);
  });

  test('merging one part fills that symptom in that language only', () => {
    const { core, parts } = splitTree(tree);
    mergeText(core, parts[textKey('en', 'how-to-reset')]!);
    const howTo = core.symptoms.find((s) => s.id === 'how-to-reset')!;
    expect(howTo.items.every((i) => i.content.en.length > 0 && i.content.nb.length === 0)).toBe(true);
    expect(core.symptoms.find((s) => s.id === 'policy-testing')!.items[0]!.content.en).toEqual([]);
    expect(core.corrections).toEqual([]);
  });

  test('splitting leaves the original tree untouched', () => {
    const before = JSON.stringify(tree);
    const { core, parts } = splitTree(tree);
    for (const part of Object.values(parts)) mergeText(core, part);
    expect(JSON.stringify(tree)).toBe(before);
  });
});

describe('textPartsOf', () => {
  const partsOf = (path: string) => textPartsOf(tree, parsePath(tree, path));
  test('a remedy needs its symptom, a question its check, the about page its corrections, others nothing', () => {
    expect(partsOf('/nb/how-to-reset/')).toEqual(['how-to-reset']);
    expect(partsOf('/en/about/')).toEqual([ABOUT_PART]);
    expect(partsOf('/nb/policy-testing/')).toEqual([questionPart('tested-as')]);
    expect(partsOf('/nb/')).toEqual([]);
    expect(partsOf('/nb/nope/')).toEqual([]);
  });

  test('a remedy reached with "not sure" answers needs the checks of those questions', () => {
    expect(partsOf('/nb/policy-testing/tested-as/not-sure/')).toEqual([
      'policy-testing',
      questionPart('tested-as'),
    ]);
    expect(partsOf('/nb/policy-testing/tested-as/admin-account/')).toEqual(['policy-testing']);
  });
});
