import { findSymptom, resolve } from '../tree/resolve.ts';
import { questionPart, mergeText, textKey, textPartsOf } from '../tree/split.ts';
import type { Lang } from '../tree/lang.ts';
import type { Tree } from '../tree/compiled.ts';
import type { TreeText } from '../tree/text-parts.ts';
import type { Place } from '../tree/state.ts';

/** Lazy loaders of a split tree's text parts, by `textKey` (what `virtual:tree` exports as `textParts`). */
export type TextParts = Readonly<Record<string, () => Promise<{ default: TreeText }>>>;

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
   * Starts loading the words the next pages may need, so that they show without waiting for the network: on a flow
   * page its symptom's (for the remedy it leads to) and its questions' parts (hint and check); on the start page
   * those of each symptom's first page.
   */
  preloadText(place: Place): void;
}

/** A loader filling `tree` (the structure `splitTree` leaves) from `parts`. */
export function createTextLoader(tree: Tree, parts: TextParts): TextLoader {
  const loading = new Map<string, Promise<boolean>>();
  const loaded = new Set<string>();
  // One promise per set of parts still missing, so that every render of a page waits on the same promise.
  const together = new Map<string, Promise<boolean>>();

  function loadPart(lang: Lang, part: string): Promise<boolean> | undefined {
    const key = textKey(lang, part);
    const loader = parts[key];
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
    preloadText(place) {
      if (place.kind === 'flow') {
        void loadPart(place.lang, place.state.symptom);
        // On a question page, the parts of the symptom's questions (the next question page shows one) and so of the
        // remedy's checks. A remedy is the end of the flow: it loads what it shows (loadText), nothing ahead.
        const symptom = findSymptom(tree, place.state.symptom);
        if (place.state.kind === 'question')
          for (const step of symptom?.ask ?? []) void loadPart(place.lang, questionPart(step.question));
      }
      if (place.kind !== 'start') return;
      // The pages one click away: each symptom's first page, which needs words only when it is a remedy.
      for (const symptom of tree.symptoms) {
        const state = resolve(tree, symptom.id, []);
        if (state) void loadText({ kind: 'flow', lang: place.lang, state });
      }
    },
  };
}
