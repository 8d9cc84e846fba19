import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { parsePath, statePath } from '../../src/tree/paths.ts';
import { findSymptom } from '../../src/tree/resolve.ts';
import {
  ABOUT_PART,
  CODES_PART,
  questionPart,
  mergeText,
  SYMPTOMS_PART,
  pathPartOf,
  splitTree,
  textKey,
  textPartsOf,
} from '../../src/tree/split.ts';
import { LANGS } from '../../src/tree/lang.ts';
import type { Tree } from '../../src/tree/compiled.ts';

const tree = compileOrThrow('content');
const findItem = (symptom: string, item: string) =>
  findSymptom(tree, symptom)!.items.find((i) => i.id === item)!.content;

describe('splitTree and mergeText', () => {
  test('the core keeps what the start page shows of each symptom: no flow, no question, no words', () => {
    const { core } = splitTree(tree);
    for (const symptom of core.symptoms) {
      expect([symptom.items, symptom.ask, symptom.rules, symptom.notes]).toEqual([[], [], [], []]);
      expect(symptom.claims).toEqual({});
      expect(symptom.verdict).toBeUndefined();
      expect(symptom.keywords).toEqual({ nb: [], en: [] });
    }
    expect(core.questions).toEqual([]);
    expect(core.corrections).toEqual([]);
    // The about page's own words: the guide's corrections and the names of the admin policy's roles.
    expect(core.revisions ?? []).toEqual([]);
    expect(core.roles.adminPolicy?.roles ?? []).toEqual([]);
    // What routes a URL to its symptom and groups the symptoms stays: ids and groups; the headings are words.
    expect(core.symptoms.map((s) => [s.id, s.heading, s.summary, s.catchAll])).toEqual(
      tree.symptoms.map((s) => [s.id, { nb: '', en: '' }, { nb: '', en: '' }, s.catchAll]),
    );
    expect(core.groups).toEqual(tree.groups);
  });

  test("a symptom's part carries its structure and only the questions it asks", () => {
    const { parts } = splitTree(tree);
    for (const symptom of tree.symptoms) {
      const shape = parts[textKey('nb', symptom.id)]?.shape;
      expect(shape?.ask).toEqual(symptom.ask);
      expect(shape?.rules).toEqual(symptom.rules);
      expect(shape?.questions.map((q) => q.id).sort()).toEqual(symptom.ask.map((s) => s.question).sort());
      expect(JSON.stringify(shape)).not.toContain('"hint"');
    }
  });

  test('one part per symptom, question and language, plus the about and code pages per language', () => {
    const { parts } = splitTree(tree);
    expect(Object.keys(parts).sort()).toEqual(
      LANGS.flatMap((lang) => [
        ...tree.symptoms.map((s) => textKey(lang, s.id)),
        ...tree.questions.map((q) => textKey(lang, questionPart(q.id))),
        textKey(lang, SYMPTOMS_PART),
        textKey(lang, ABOUT_PART),
        textKey(lang, CODES_PART),
      ]).sort(),
    );
  });

  test("a question's part carries its hint and check in one language only", () => {
    const { core, parts } = splitTree(tree);
    const original = tree.questions.find((q) => q.id === 'licence')!;
    // The question itself comes with a symptom that asks it.
    const asker = tree.symptoms.find((s) => s.ask.some((step) => step.question === 'licence'))!;
    mergeText(core, parts[textKey('en', asker.id)]!);
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

  test('merging every part back gives the whole tree (its questions in the order the symptoms bring them)', () => {
    const { core, parts } = splitTree(tree);
    for (const part of Object.values(parts)) mergeText(core, part);
    const byId = (t: Tree) => ({
      ...t,
      questions: [...t.questions].sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(byId(core)).toEqual(byId(tree));
  });

  test("every state's page is the same from the core and its symptom's part as from the whole tree", () => {
    const { parts } = splitTree(tree);
    for (const state of enumerateStates(tree)) {
      for (const lang of LANGS) {
        const path = statePath(tree, lang, state);
        const { core } = splitTree(tree);
        const needed = pathPartOf(core, path);
        expect(needed).toEqual({ lang, part: state.symptom });
        mergeText(core, parts[textKey(lang, state.symptom)]!);
        expect(parsePath(core, path)).toEqual(parsePath(tree, path));
        const symptom = findSymptom(core, state.symptom)!;
        for (const item of symptom.items)
          expect(item.content[lang]).toEqual(findItem(state.symptom, item.id)[lang]);
      }
    }
  });

  test('any path, replayed against the core and the part of the symptom it names, lands where the whole tree does', () => {
    const segment = fc.constantFrom(
      ...tree.questions.flatMap((q) => [q.id, ...q.options.map((o) => o.id)]),
      'nope',
      '',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.constantFrom(...tree.symptoms.map((s) => s.id)),
        fc.array(segment, { maxLength: 8 }),
        (lang, symptom, rest) => {
          const path = `/${lang}/${symptom}/${rest.map((r) => `${r}/`).join('')}`;
          const { core, parts } = splitTree(tree);
          const needed = pathPartOf(core, path)!;
          mergeText(core, parts[textKey(needed.lang, needed.part)]!);
          expect(parsePath(core, path)).toEqual(parsePath(tree, path));
        },
      ),
      { seed: 20261205, numRuns: 200 },
    );
  });

  test("a code's path is parsed once the codes' part brings the codes' ids", () => {
    const { core, parts } = splitTree(tree);
    expect(core.codes).toEqual([]);
    expect(core.codeIds).toEqual([]);
    const first = tree.codes[0]!;
    expect(pathPartOf(core, `/en/codes/${first.id}/`)).toEqual({ lang: 'en', part: CODES_PART });
    expect(pathPartOf(core, '/en/codes/no-such-code/')).toEqual({ lang: 'en', part: CODES_PART });
    mergeText(core, parts[textKey('en', CODES_PART)]!);
    expect(core.codeIds).toEqual(tree.codeIds);
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
    expect(core.symptoms.find((s) => s.id === 'policy-testing')!.items).toEqual([]);
    expect(core.corrections).toEqual([]);
  });

  test('splitting leaves the original tree untouched', () => {
    const before = JSON.stringify(tree);
    const { core, parts } = splitTree(tree);
    for (const part of Object.values(parts)) mergeText(core, part);
    expect(JSON.stringify(tree)).toBe(before);
  });
});

test("the symptoms' part names every symptom in its language; a symptom's own part names it too", () => {
  const { core, parts } = splitTree(tree);
  const first = tree.symptoms[0]!;
  mergeText(core, parts[textKey('en', first.id)]!);
  expect(findSymptom(core, first.id)!.heading).toEqual({ nb: '', en: first.heading.en });
  mergeText(core, parts[textKey('nb', SYMPTOMS_PART)]!);
  expect(core.symptoms.map((s) => [s.heading.nb, s.summary.nb])).toEqual(
    tree.symptoms.map((s) => [s.heading.nb, s.summary.nb]),
  );
});

describe('pathPartOf', () => {
  test("a symptom's path needs that symptom's part in its language; other pages need none", () => {
    const { core } = splitTree(tree);
    expect(pathPartOf(core, '/en/how-to-reset/your-role/x/')).toEqual({ lang: 'en', part: 'how-to-reset' });
    for (const path of [
      '/nb/',
      '/nb/about/',
      '/nb/codes/',
      '/nb/nope/',
      '/xx/how-to-reset/',
      '/nb/%E0/',
      '/nb/codes/a/b/',
    ])
      expect(pathPartOf(core, path)).toBeUndefined();
  });
});

describe('textPartsOf', () => {
  const partsOf = (path: string) => textPartsOf(tree, parsePath(tree, path));
  test('a remedy needs its symptom, a question its check, the about page its corrections, the start page the headings', () => {
    expect(partsOf('/nb/how-to-reset/')).toEqual(['how-to-reset']);
    expect(partsOf('/en/about/')).toEqual([ABOUT_PART]);
    expect(partsOf('/nb/policy-testing/')).toEqual([questionPart('tested-as')]);
    expect(partsOf('/nb/')).toEqual([SYMPTOMS_PART]);
    expect(partsOf('/nb/nope/')).toEqual([SYMPTOMS_PART]);
    expect(partsOf('/nb/codes/')).toEqual([CODES_PART]);
  });

  test('a remedy reached with "not sure" answers needs the checks of those questions', () => {
    expect(partsOf('/nb/policy-testing/tested-as/not-sure/')).toEqual([
      'policy-testing',
      questionPart('tested-as'),
    ]);
    expect(partsOf('/nb/policy-testing/tested-as/admin-account/')).toEqual(['policy-testing']);
  });

  test("a code page needs the codes' part, then its symptom's (for the step it links to)", () => {
    const code = tree.codes.find((c) => c.symptom !== undefined)!;
    const { core, parts } = splitTree(tree);
    const place = parsePath(tree, `/nb/codes/${code.id}/`);
    expect(textPartsOf(core, place)).toEqual([CODES_PART]);
    mergeText(core, parts[textKey('nb', CODES_PART)]!);
    expect(textPartsOf(core, place)).toEqual([CODES_PART, code.symptom]);
  });
});
