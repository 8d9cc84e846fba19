import { describe, expect, it } from 'vitest';
import { createTextLoader } from '../../src/shared/text-loader.ts';
import type { TextParts } from '../../src/shared/text-loader.ts';
import { resolve } from '../../src/tree/resolve.ts';
import { splitTree } from '../../src/tree/split.ts';
import type { Lang } from '../../src/tree/lang.ts';
import type { TreeText } from '../../src/tree/text-parts.ts';
import type { Place } from '../../src/tree/state.ts';
import { asQuestion, asRemedy, loadSampleTree } from '../tree/helpers.ts';

/** The sample tree split as a client build ships it, with loaders that record what was asked for. */
function setup(fail: readonly string[] = []) {
  const { core, parts } = splitTree(loadSampleTree());
  const requested: string[] = [];
  const loaders: Record<string, () => Promise<{ default: TreeText }>> = {};
  for (const [key, text] of Object.entries(parts)) {
    loaders[key] = () => {
      requested.push(key);
      return fail.includes(key) ? Promise.reject(new Error('offline')) : Promise.resolve({ default: text });
    };
  }
  return { core, requested, loader: createTextLoader(core, loaders as TextParts) };
}

const start = (lang: Lang): Place => ({ kind: 'start', lang });

describe('createTextLoader', () => {
  const sample = loadSampleTree();
  // In the sample, `quick-fix` asks nothing (it opens on its remedy); `blade-missing` asks first.
  const quickFix = asRemedy(resolve(sample, 'quick-fix', []));
  const bladeQuestion = asQuestion(resolve(sample, 'blade-missing', []));

  it('on the start page, preloads the words of the symptoms that open on a remedy, in its language only', () => {
    const { requested, loader } = setup();
    loader.preloadText(start('en'));
    expect(requested).toEqual(['en/quick-fix']);
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
    const item = core.symptoms.find((s) => s.id === 'quick-fix')?.items[0];
    expect(item?.content.nb).toEqual([]);
    const first = loader.loadText(remedy);
    expect(loader.loadText(remedy)).toBe(first);
    await expect(first).resolves.toBe(true);
    expect(item?.content.nb.length).toBeGreaterThan(0);
    expect(item?.content.en).toEqual([]);
    expect(loader.loadText(remedy)).toBeUndefined();
    loader.preloadText(start('nb'));
    expect(requested).toEqual(['nb/quick-fix']);
  });

  it('needs no words for a question page', () => {
    const { requested, loader } = setup();
    expect(loader.loadText({ kind: 'flow', lang: 'nb', state: bladeQuestion })).toBeUndefined();
    expect(requested).toEqual([]);
  });

  it('resolves to false when a part cannot be downloaded, leaving the tree as it was', async () => {
    const { core, loader } = setup(['nb/quick-fix']);
    await expect(loader.loadText({ kind: 'flow', lang: 'nb', state: quickFix })).resolves.toBe(false);
    expect(core.symptoms.find((s) => s.id === 'quick-fix')?.items[0]?.content.nb).toEqual([]);
  });
});
