declare module 'virtual:tree' {
  import type { Tree } from './tree/types.ts';
  const tree: Tree;
  export default tree;
}
