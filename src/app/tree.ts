import compiled from 'virtual:tree';
import type { Tree } from '../tree/types.ts';

/** The compiled decision tree, built from `content/` at build time. */
export const tree: Tree = compiled;
