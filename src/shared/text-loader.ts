import { findSymptom } from '../tree/resolve.ts';
import { questionPart, mergeText, pathPartOf, textKey, textPartsOf } from '../tree/split.ts';
import type { Lang } from '../tree/lang.ts';
import type { Tree } from '../tree/compiled.ts';
import type { TreeText } from '../tree/text-parts.ts';
import type { Place } from '../tree/state.ts';

/** Downloads a split tree's part by its `textKey` (every key the loader asks for is a part of the build). */
export type TextParts = (key: string) => Promise<TreeText>;

/** The parts of a client build, fetched from their folder (what `virtual:tree` exports as `textParts`). */
export function fetchParts(folder: string): TextParts {
  return async (key) => {
    const response = await fetch(`${folder}${key}.json`);
    if (!response.ok) throw new Error(`${key}: HTTP ${response.status}`);
    return (await response.json()) as TreeText;
  };
}

/** Loads a split tree's words part by part, each once, into the tree itself. */
export interface TextLoader {
  /**
   * Loads the words a place shows into the tree: a promise while a text part is still on its way, undefined
   * once it is there (or when the tree was shipped whole). The promise resolves to false when the download failed
   * (the page then falls back to its prerendered HTML); the same promise is returned each time, so `use()` can wait
   * for it.
   */
  loadText(place: Place): Promise<boolean> | undefined;
  /**
   * Loads what a path needs before it can be parsed (the structure of the symptom it names, see `pathPartOf`):
   * a promise while that part is on its way (false when it failed), undefined once it is there or not needed.
   */
  loadPath(pathname: string): Promise<boolean> | undefined;
  /**
   * Starts loading the words the next pages may need, so that they show without waiting for the network: on a flow
   * page its symptom's (for the remedy it leads to) and its questions' parts (hint and check). The start page
   * preloads nothing: what it would need grows with the number of symptoms, and a symptom's part is one small file.
   */
  preloadText(place: Place): void;
}

/** A loader filling `tree` (the core `splitTree` leaves) from `parts`; none where the tree is shipped whole. */
export function createTextLoader(tree: Tree, parts: TextParts | undefined): TextLoader {
  const loading = new Map<string, Promise<boolean>>();
  const loaded = new Set<string>();
  // One promise per set of parts still missing, so that every render of a page waits on the same promise.
  const together = new Map<string, Promise<boolean>>();

  function loadPart(lang: Lang, part: string): Promise<boolean> | undefined {
    const key = textKey(lang, part);
    if (!parts || loaded.has(key)) return undefined;
    let promise = loading.get(key);
    if (!promise) {
      promise = parts(key).then(
        (text) => {
          mergeText(tree, text);
          loaded.add(key);
          return true;
        },
        () => false,
      );
      loading.set(key, promise);
    }
    return promise;
  }

  function loadText(place: Place): Promise<boolean> | undefined {
    const pending = textPartsOf(tree, place).flatMap((part) => {
      const promise = loadPart(place.lang, part);
      return promise ? [{ part, promise }] : [];
    });
    if (pending.length <= 1) return pending[0]?.promise;
    const key = `${place.lang}:${pending.map((p) => p.part).join('|')}`;
    let promise = together.get(key);
    if (!promise) {
      promise = Promise.all(pending.map((p) => p.promise)).then((results) => results.every(Boolean));
      together.set(key, promise);
    }
    return promise;
  }

  return {
    loadText,
    loadPath(pathname) {
      const needed = pathPartOf(tree, pathname);
      return needed && loadPart(needed.lang, needed.part);
    },
    preloadText(place) {
      if (place.kind === 'flow') {
        void loadPart(place.lang, place.state.symptom);
        // On a question page, the parts of the symptom's questions (the next question page shows one) and so of the
        // remedy's checks. A remedy is the end of the flow: it loads what it shows (loadText), nothing ahead.
        const symptom = findSymptom(tree, place.state.symptom);
        if (place.state.kind === 'question')
          for (const step of symptom?.ask ?? []) void loadPart(place.lang, questionPart(step.question));
      }
    },
  };
}
