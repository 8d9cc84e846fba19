import { describe, expect, it } from 'vitest';
import { createTextLoader } from '../../src/shared/text-loader.ts';
import type { TextParts } from '../../src/shared/text-loader.ts';
import { parsePath } from '../../src/tree/paths.ts';
import { resolve } from '../../src/tree/resolve.ts';
import { splitTree } from '../../src/tree/split.ts';
import type { Lang } from '../../src/tree/lang.ts';
import type { Place } from '../../src/tree/state.ts';
import { asQuestion, asRemedy, loadSampleTree } from '../tree/helpers.ts';

/** The sample tree split as a client build ships it, with loaders that record what was asked for. */
function setup(fail: readonly string[] = []) {
  const { core, parts } = splitTree(loadSampleTree());
  const requested: string[] = [];
  const loaders: TextParts = (key) => {
    requested.push(key);
    const text = parts[key];
    if (!text) return Promise.reject(new Error(`no part ${key}`));
    return fail.includes(key) ? Promise.reject(new Error('offline')) : Promise.resolve(text);
  };
  return { core, requested, loader: createTextLoader(core, loaders) };
}

const start = (lang: Lang): Place => ({ kind: 'start', lang });

describe('createTextLoader', () => {
  const sample = loadSampleTree();
  // In the sample, `quick-fix` asks nothing (it opens on its remedy); `blade-missing` asks first.
  const quickFix = asRemedy(resolve(sample, 'quick-fix', []));
  const bladeQuestion = asQuestion(resolve(sample, 'blade-missing', []));

  it('on the start page, preloads nothing (what it would need grows with the symptoms)', () => {
    const { requested, loader } = setup();
    loader.preloadText(start('en'));
    expect(requested).toEqual([]);
  });

  it("loads a symptom's part before its path is parsed, once, and none for other paths", async () => {
    const { core, requested, loader } = setup();
    const path = '/nb/blade-missing/';
    expect(loader.loadPath('/nb/')).toBeUndefined();
    expect(loader.loadPath('/nb/nope/')).toBeUndefined();
    const first = loader.loadPath(path);
    expect(loader.loadPath(path)).toBe(first);
    await expect(first).resolves.toBe(true);
    expect(loader.loadPath(path)).toBeUndefined();
    expect(requested).toEqual(['nb/blade-missing']);
    expect(parsePath(core, path)).toEqual(parsePath(sample, path));
  });

  it("resolves to false when a symptom's part cannot be downloaded, and keeps saying so", async () => {
    const { loader } = setup(['nb/blade-missing']);
    await expect(loader.loadPath('/nb/blade-missing/')).resolves.toBe(false);
    await expect(loader.loadPath('/nb/blade-missing/')).resolves.toBe(false);
  });

  it("on a question page, preloads its symptom's words for the remedy ahead", () => {
    const { requested, loader } = setup();
    loader.preloadText({ kind: 'flow', lang: 'nb', state: bladeQuestion });
    expect(requested).toEqual(['nb/blade-missing']);
  });

  it('preloads nothing for the about and not-found pages', () => {
    const { requested, loader } = setup();
    loader.preloadText({ kind: 'about', lang: 'nb' });
    loader.preloadText({ kind: 'not-found', lang: 'nb' });
    expect(requested).toEqual([]);
  });

  it("loads a remedy's words into the tree once: the same promise while on its way, undefined after", async () => {
    const { core, requested, loader } = setup();
    const remedy: Place = { kind: 'flow', lang: 'nb', state: quickFix };
    const symptom = core.symptoms.find((s) => s.id === 'quick-fix');
    expect(symptom?.items).toEqual([]);
    const first = loader.loadText(remedy);
    expect(loader.loadText(remedy)).toBe(first);
    await expect(first).resolves.toBe(true);
    const item = symptom?.items[0];
    expect(item?.content.nb.length).toBeGreaterThan(0);
    expect(item?.content.en).toEqual([]);
    expect(loader.loadText(remedy)).toBeUndefined();
    loader.preloadText(start('nb'));
    expect(requested).toEqual(['nb/quick-fix']);
  });

  it("loads a question page's own part (its hint and check, empty when it has none), nothing else", async () => {
    const { requested, loader } = setup();
    await loader.loadPath('/nb/blade-missing/');
    const pending = loader.loadText({ kind: 'flow', lang: 'nb', state: bladeQuestion });
    await expect(pending).resolves.toBe(true);
    expect(requested).toEqual(['nb/blade-missing', `nb/question/${bladeQuestion.question}`]);
  });

  it('resolves to false when a part cannot be downloaded, leaving the tree as it was', async () => {
    const { core, loader } = setup(['nb/quick-fix']);
    await expect(loader.loadText({ kind: 'flow', lang: 'nb', state: quickFix })).resolves.toBe(false);
    expect(core.symptoms.find((s) => s.id === 'quick-fix')?.items).toEqual([]);
  });
});
