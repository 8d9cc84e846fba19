import path from 'node:path';
import type { Plugin } from 'vite';
import { splitTree } from '../tree/split.ts';
import type { Tree } from '../tree/types.ts';
import { compileContent } from './compile.ts';
import { ContentError } from './diagnostics.ts';
import { buildSearchIndex } from './search-index.ts';
import type { SynonymGroups } from '../tree/search.ts';

/** The id UI code imports the compiled tree from. */
export const TREE_MODULE_ID = 'virtual:tree';
/** The prefix of the lazily loaded text parts: `virtual:tree-text/<lang>/<part>`. */
export const TEXT_MODULE_PREFIX = 'virtual:tree-text/';
/** The id of the start page's search index (a JSON string for `MiniSearch.loadJSON`), built from the content. */
export const SEARCH_MODULE_ID = 'virtual:search-index';
const RESOLVED_SEARCH_ID = `\0${SEARCH_MODULE_ID}`;
const RESOLVED_ID = `\0${TREE_MODULE_ID}`;
const RESOLVED_TEXT_PREFIX = `\0${TEXT_MODULE_PREFIX}`;

/** A module exporting a JSON value as an object literal. */
function jsonModule(value: unknown, extra = ''): string {
  return `export default ${JSON.stringify(value)};\n${extra}`;
}

/**
 * Exposes the compiled content as `virtual:tree`. Content files are watched: an edit recompiles and reloads in
 * `npm run dev`; a content problem shows in the dev overlay and fails `npm run build` with every diagnostic.
 *
 * In a client build the module holds the tree's structure only, and exports `textParts`: one lazy import per
 * symptom and language (and the about page), so a page downloads just the words it shows. The server build, the
 * dev server and the tests get the whole tree and an empty `textParts`.
 */
export function contentTree(contentDir = 'content'): Plugin {
  let root = process.cwd();
  let clientBuild = false;
  let compiled: Tree | undefined;
  let split: ReturnType<typeof splitTree> | undefined;
  let synonyms: SynonymGroups = [];

  return {
    name: 'content-tree',
    configResolved(config) {
      root = config.root;
      clientBuild = config.command === 'build' && !config.build.ssr;
    },
    buildStart() {
      compiled = undefined;
      split = undefined;
    },
    resolveId(id) {
      if (id === TREE_MODULE_ID) return RESOLVED_ID;
      if (id === SEARCH_MODULE_ID) return RESOLVED_SEARCH_ID;
      if (id.startsWith(TEXT_MODULE_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_SEARCH_ID && !id.startsWith(RESOLVED_TEXT_PREFIX))
        return undefined;
      if (!compiled) {
        const result = compileContent(path.resolve(root, contentDir), root);
        for (const file of result.files) this.addWatchFile(file);
        if (!result.tree) {
          const first = result.diagnostics[0];
          this.error({
            message: new ContentError(result.diagnostics).message,
            ...(first
              ? { id: path.resolve(root, first.file), loc: { line: first.line, column: first.column - 1 } }
              : {}),
          });
        }
        compiled = result.tree;
        synonyms = result.synonyms;
      }
      if (id === RESOLVED_SEARCH_ID) return jsonModule(buildSearchIndex(compiled as Tree, synonyms));
      if (!clientBuild) return jsonModule(compiled, 'export const textParts = {};');
      // Split once per compile: every part's module is loaded from the same split (hundreds of them at scale).
      split ??= splitTree(compiled as Tree);
      const { core, parts } = split;
      if (id === RESOLVED_ID) {
        const loaders = Object.keys(parts).map(
          (key) => `${JSON.stringify(key)}: () => import(${JSON.stringify(TEXT_MODULE_PREFIX + key)})`,
        );
        return jsonModule(core, `export const textParts = {\n${loaders.join(',\n')}\n};`);
      }
      const part = parts[id.slice(RESOLVED_TEXT_PREFIX.length)];
      if (!part) this.error(`unknown text part ${id.slice(1)}`);
      return jsonModule(part);
    },
    handleHotUpdate(ctx) {
      const dir = path.resolve(root, contentDir);
      if (!ctx.file.startsWith(dir + path.sep)) return undefined;
      compiled = undefined;
      split = undefined;
      for (const resolved of [RESOLVED_ID, RESOLVED_SEARCH_ID]) {
        const module = ctx.server.moduleGraph.getModuleById(resolved);
        if (module) ctx.server.moduleGraph.invalidateModule(module);
      }
      ctx.server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
