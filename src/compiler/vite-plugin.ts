import path from 'node:path';
import type { Plugin } from 'vite';
import { compileContent } from './compile.ts';
import { ContentError } from './diagnostics.ts';

/** The id UI code imports the compiled tree from. */
export const TREE_MODULE_ID = 'virtual:tree';
const RESOLVED_ID = `\0${TREE_MODULE_ID}`;

/**
 * Exposes the compiled content as `virtual:tree`. Content files are watched: an edit recompiles and reloads in
 * `npm run dev`; a content problem shows in the dev overlay and fails `npm run build` with every diagnostic.
 */
export function contentTree(contentDir = 'content'): Plugin {
  let root = process.cwd();
  return {
    name: 'content-tree',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === TREE_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const dir = path.resolve(root, contentDir);
      const result = compileContent(dir, root);
      for (const file of result.files) this.addWatchFile(file);
      if (!result.tree) {
        const error = new ContentError(result.diagnostics);
        const first = result.diagnostics[0];
        this.error({
          message: error.message,
          ...(first
            ? { id: path.resolve(root, first.file), loc: { line: first.line, column: first.column - 1 } }
            : {}),
        });
      }
      return `export default ${JSON.stringify(result.tree)};`;
    },
    handleHotUpdate(ctx) {
      const dir = path.resolve(root, contentDir);
      if (!ctx.file.startsWith(dir + path.sep)) return undefined;
      const module = ctx.server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) ctx.server.moduleGraph.invalidateModule(module);
      ctx.server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
