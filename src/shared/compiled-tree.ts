import compiled, { textParts } from 'virtual:tree';
import type { Tree } from '../tree/compiled.ts';
import { createTextLoader, fetchParts } from './text-loader.ts';

/** The compiled decision tree, built from `content/` at build time (its words arrive per page, see loadText). */
export const tree: Tree = compiled;

/** The app's loader of the tree's words (see src/shared/text-loader.ts). */
export const { loadPath, loadText, preloadText } = createTextLoader(
  tree,
  textParts === undefined ? undefined : fetchParts(textParts),
);
