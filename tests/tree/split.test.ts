import { describe, expect, test } from 'vitest';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { parsePath } from '../../src/tree/paths.ts';
import { ABOUT_PART, mergeText, splitTree, textKey, textPartOf } from '../../src/tree/split.ts';
import { LANGS } from '../../src/tree/types.ts';

const tree = compileOrThrow('content');

describe('splitTree and mergeText', () => {
  test('the structure carries no article text, note text or corrections', () => {
    const { core } = splitTree(tree);
    for (const symptom of core.symptoms) {
      for (const item of symptom.items) expect(item.content).toEqual({ nb: [], en: [] });
      for (const note of symptom.notes) expect(note.text).toEqual({ nb: [], en: [] });
    }
    expect(core.corrections).toEqual([]);
    // Everything the wizard needs to route and ask stays: ids, rules, questions, headings.
    expect(core.questions).toEqual(tree.questions);
    expect(core.symptoms.map((s) => [s.id, s.heading, s.ask, s.rules])).toEqual(
      tree.symptoms.map((s) => [s.id, s.heading, s.ask, s.rules]),
    );
  });

  test('one part per symptom and language, plus the about page per language', () => {
    const { parts } = splitTree(tree);
    expect(Object.keys(parts).sort()).toEqual(
      LANGS.flatMap((lang) => [
        ...tree.symptoms.map((s) => textKey(lang, s.id)),
        textKey(lang, ABOUT_PART),
      ]).sort(),
    );
  });

  test('merging every part back gives the whole tree', () => {
    const { core, parts } = splitTree(tree);
    for (const part of Object.values(parts)) mergeText(core, part);
    expect(core).toEqual(tree);
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

describe('textPartOf', () => {
  test('a remedy needs its symptom, the about page its corrections, other pages nothing', () => {
    expect(textPartOf(parsePath(tree, '/nb/how-to-reset/'))).toBe('how-to-reset');
    expect(textPartOf(parsePath(tree, '/en/about/'))).toBe(ABOUT_PART);
    expect(textPartOf(parsePath(tree, '/nb/policy-testing/'))).toBeUndefined();
    expect(textPartOf(parsePath(tree, '/nb/'))).toBeUndefined();
    expect(textPartOf(parsePath(tree, '/nb/nope/'))).toBeUndefined();
  });
});
