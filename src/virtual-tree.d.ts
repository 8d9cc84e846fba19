declare module 'virtual:tree' {
  import type { Tree } from './tree/compiled.ts';
  /** The compiled tree; in a client build, its structure without the words (see src/tree/split.ts). */
  const tree: Tree;
  export default tree;
  /** The URL of the folder of the parts (`<folder><textKey>.json`); undefined where the tree is shipped whole. */
  export const textParts: string | undefined;
}

declare module 'virtual:search-index/*' {
  /** The first shard of the start page's search index of one language, serialized (`buildSearchShards`' head). */
  const index: string;
  export default index;
}

declare module 'virtual:search-text' {
  /** The second shard of the start page's search index, the long text (`buildSearchShards`' text), both languages'. */
  const text: string;
  export default text;
}
