import compiled, { textParts } from 'virtual:tree';
import { mergeText, textKey, textPartOf } from '../tree/split.ts';
import type { Lang, Location, Tree } from '../tree/types.ts';

/** The compiled decision tree, built from `content/` at build time (its words arrive per page, see loadText). */
export const tree: Tree = compiled;

const loading = new Map<string, Promise<boolean>>();
const loaded = new Set<string>();

/**
 * Loads the words a location shows into the tree: a promise while a text part is still on its way, undefined once
 * it is there (or when the tree was shipped whole). The promise resolves to false when the download failed (the
 * page then falls back to its prerendered HTML); the same promise is returned each time, so `use()` can wait for it.
 */
export function loadText(location: Location): Promise<boolean> | undefined {
  const part = textPartOf(location);
  if (part === undefined) return undefined;
  return loadPart(location.lang, part);
}

/**
 * Starts loading the words of the symptom a flow page belongs to, so that its remedy shows without waiting for the
 * network when the user gets there.
 */
export function preloadText(location: Location): void {
  if (location.kind === 'flow') void loadPart(location.lang, location.state.symptom);
}

function loadPart(lang: Lang, part: string): Promise<boolean> | undefined {
  const key = textKey(lang, part);
  const loader = textParts[key];
  if (!loader || loaded.has(key)) return undefined;
  let promise = loading.get(key);
  if (!promise) {
    promise = loader().then(
      (module) => {
        mergeText(tree, module.default);
        loaded.add(key);
        return true;
      },
      () => false,
    );
    loading.set(key, promise);
  }
  return promise;
}
