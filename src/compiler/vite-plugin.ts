import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin } from 'vite';
import { splitTree } from '../tree/split.ts';
import { isLang } from '../tree/paths.ts';
import { LANGS } from '../tree/lang.ts';
import type { Lang } from '../tree/lang.ts';
import type { Tree } from '../tree/compiled.ts';
import type { TreeText } from '../tree/text-parts.ts';
import { compileContent } from './compile.ts';
import { ContentError } from './diagnostics.ts';
import { buildSearchShards } from './search-index.ts';
import type { SearchShards } from './search-index.ts';
import type { SynonymGroups } from '../tree/search.ts';

/** The id UI code imports the compiled tree from. */
const TREE_MODULE_ID = 'virtual:tree';
/**
 * The start page's search index in two shards (`buildSearchShards`), each a JSON string for `MiniSearch.loadJSON`:
 * `virtual:search-index/<lang>` the first of a language's page, `virtual:search-text` the second (the long text,
 * which stores nothing a result shows, so one for both languages).
 */
const SEARCH_MODULE_PREFIX = 'virtual:search-index/';
const TEXT_MODULE_ID = 'virtual:search-text';
const RESOLVED_SEARCH_PREFIX = `\0${SEARCH_MODULE_PREFIX}`;
const RESOLVED_TEXT_ID = `\0${TEXT_MODULE_ID}`;
const RESOLVED_ID = `\0${TREE_MODULE_ID}`;

/** A module exporting a JSON value as an object literal. */
function jsonModule(value: unknown, extra = ''): string {
  return `export default ${JSON.stringify(value)};\n${extra}`;
}

/** The folder of a build's parts, named for a hash of them all: `/assets/tree-<hash>/` (see partsFolder). */
function partsFolder(parts: Record<string, TreeText>): string {
  const hash = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 10);
  return `assets/tree-${hash}/`;
}

/**
 * Exposes the compiled content as `virtual:tree`. Content files are watched: an edit recompiles and reloads in
 * `npm run dev`; a content problem shows in the dev overlay and fails `npm run build` with every diagnostic.
 *
 * In a client build the module holds the split tree's core only (see src/tree/split.ts), and exports `textParts`:
 * the folder of its parts, each written as `<folder><lang>/<part>.json`, so a page fetches just its own symptom's
 * flow and the words it shows, and the core does not grow with the parts. The server build, the dev server and the
 * tests get the whole tree and no folder.
 */
export function contentTree(contentDir = 'content'): Plugin {
  let root = process.cwd();
  let clientBuild = false;
  let compiled: Tree | undefined;
  let split: ReturnType<typeof splitTree> | undefined;
  let synonyms: SynonymGroups = [];
  const shards = new Map<Lang, SearchShards>();

  return {
    name: 'content-tree',
    configResolved(config) {
      root = config.root;
      clientBuild = config.command === 'build' && !config.build.ssr;
    },
    buildStart() {
      compiled = undefined;
      split = undefined;
      shards.clear();
    },
    resolveId(id) {
      if (id === TREE_MODULE_ID) return RESOLVED_ID;
      if (id.startsWith(SEARCH_MODULE_PREFIX) || id === TEXT_MODULE_ID) return `\0${id}`;
      return undefined;
    },
    load(id) {
      const text = id === RESOLVED_TEXT_ID;
      if (id !== RESOLVED_ID && !id.startsWith(RESOLVED_SEARCH_PREFIX) && !text) return undefined;
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
      if (id.startsWith(RESOLVED_SEARCH_PREFIX) || text) {
        // The second shard is the same from either language's build: the first language's serves.
        const lang = text ? LANGS[0] : id.slice(RESOLVED_SEARCH_PREFIX.length);
        if (!isLang(lang)) this.error(`no search index for "${lang}"`);
        const built = shards.get(lang) ?? buildSearchShards(compiled as Tree, synonyms, lang);
        shards.set(lang, built);
        return jsonModule(text ? built.text : built.head);
      }
      if (!clientBuild) return jsonModule(compiled, 'export const textParts = undefined;');
      split ??= splitTree(compiled as Tree);
      return jsonModule(
        split.core,
        `export const textParts = ${JSON.stringify(`/${partsFolder(split.parts)}`)};`,
      );
    },
    generateBundle() {
      if (!clientBuild || !split) return;
      const folder = partsFolder(split.parts);
      for (const [key, part] of Object.entries(split.parts))
        this.emitFile({ type: 'asset', fileName: `${folder}${key}.json`, source: JSON.stringify(part) });
    },
    handleHotUpdate(ctx) {
      const dir = path.resolve(root, contentDir);
      if (!ctx.file.startsWith(dir + path.sep)) return undefined;
      compiled = undefined;
      split = undefined;
      shards.clear();
      const searches = LANGS.map((lang) => RESOLVED_SEARCH_PREFIX + lang);
      for (const resolved of [RESOLVED_ID, RESOLVED_TEXT_ID, ...searches]) {
        const module = ctx.server.moduleGraph.getModuleById(resolved);
        if (module) ctx.server.moduleGraph.invalidateModule(module);
      }
      ctx.server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
