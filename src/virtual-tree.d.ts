declare module 'virtual:tree' {
  import type { Tree } from './tree/compiled.ts';
  import type { TreeText } from './tree/text-parts.ts';
  /** The compiled tree; in a client build, its structure without the words (see src/tree/split.ts). */
  const tree: Tree;
  export default tree;
  /** Lazy loaders of the text parts by `textKey` (empty where the tree is shipped whole). */
  export const textParts: Record<string, () => Promise<{ default: TreeText }>>;
}

declare module 'virtual:search-index' {
  /** The start page's search index, serialized for `MiniSearch.loadJSON` (see src/compiler/search-index.ts). */
  const index: string;
  export default index;
}
