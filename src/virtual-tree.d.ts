declare module 'virtual:tree' {
  import type { Tree, TreeText } from './tree/types.ts';
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

declare module 'virtual:tenant-check' {
  /** The tenant check's configuration (a build with TENANT_CHECK_CLIENT_ID only): the app, the authority, and the
   * questions Graph can answer with their "not sure" options. */
  const config: { clientId: string; authority: string; questions: { question: string; unsure: string[] }[] };
  export default config;
}

declare module 'virtual:tenant-reads' {
  import type { GraphCheck } from './tree/graph.ts';
  /** The tenant check's Graph requests and their rules (loaded with the tenant check, on a click). */
  const checks: GraphCheck[];
  export default checks;
}
