import MiniSearch from 'minisearch';
import { z } from 'zod';
import { HEAD_OPTIONS, INDEX_OPTIONS, searchDocuments, TEXT_OPTIONS } from '../tree/search.ts';
import type { SearchDoc, SynonymGroups } from '../tree/search.ts';
import type { Lang, PerLang } from '../tree/lang.ts';
import type { Tree } from '../tree/compiled.ts';
import type { Diagnostics } from './diagnostics.ts';
import { text } from './fields.ts';
import { loadYaml } from './yaml-file.ts';

/** The schema of `content/search.yaml`: groups of words that mean the same to a searcher. */
const searchSchema = z.strictObject({
  synonyms: z.array(z.array(text).min(2, { message: 'a synonym group needs at least two words' })),
});

/** Loads the synonym groups, reporting problems with their positions (a word in two groups is one). */
export function loadSynonyms(source: string, file: string, d: Diagnostics): SynonymGroups {
  const loaded = loadYaml(source, file, searchSchema, d);
  const seen = new Map<string, number>();
  loaded.value?.synonyms.forEach((group, g) =>
    group.forEach((word, w) => {
      const key = word.toLowerCase();
      const other = seen.get(key);
      if (other !== undefined && other !== g)
        d.add(
          loaded.placeOf(['synonyms', g, w]),
          `"${word}" is already in group ${other + 1}: a word belongs to one group`,
        );
      seen.set(key, g);
    }),
  );
  return loaded.value?.synonyms ?? [];
}

/**
 * What an index stores of a document, the least a result needs (see `stored` in search-engine.ts): a code page's
 * title is its code before its subtitle, so it stores the code and not the title; a symptom stores no keys.
 */
type IndexedDoc = Omit<SearchDoc, 'title' | 'keys'> & {
  title?: PerLang<string>;
  code?: string;
  keys?: string[];
};

/** The documents of an index: with `lang`, the titles a result shows in that language only. */
function indexedDocs(tree: Tree, synonyms: SynonymGroups, lang?: Lang): IndexedDoc[] {
  const only = (value: PerLang<string>): PerLang<string> =>
    lang === undefined ? value : { nb: '', en: '', [lang]: value[lang] };
  const codes = new Map(tree.codes.map((c) => [`code:${c.id}`, c.code]));
  return searchDocuments(tree, synonyms).map(({ title, subtitle, keys, ...doc }) => {
    const code = codes.get(doc.id);
    return code === undefined
      ? { ...doc, title: only(title), subtitle: only(subtitle) }
      : { ...doc, subtitle: only(subtitle), code, keys };
  });
}

/**
 * The search index of a tree as one, serialized (`MiniSearch.loadJSON(json, INDEX_OPTIONS)`): what the tests and
 * benches compare the shards with. Every document is searched in both languages; with `lang`, it stores the titles
 * a result shows in that language only (the start page of a language loads its own index, and the titles were a
 * fifth of it).
 */
export function buildSearchIndex(tree: Tree, synonyms: SynonymGroups, lang?: Lang): string {
  const index = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
  index.addAll(indexedDocs(tree, synonyms, lang));
  return JSON.stringify(index);
}

/** The two shards of an index, serialized: `head` for HEAD_OPTIONS, `text` for TEXT_OPTIONS (src/tree/search.ts). */
export interface SearchShards {
  head: string;
  text: string;
}

/**
 * The start page's index of a language in two shards: the first loads after the first paint, the second (the long
 * text) when the search box is first used; the engine merges their results as one index's (search-engine.ts).
 */
export function buildSearchShards(tree: Tree, synonyms: SynonymGroups, lang?: Lang): SearchShards {
  const docs = indexedDocs(tree, synonyms, lang);
  const head = new MiniSearch<IndexedDoc>(HEAD_OPTIONS);
  head.addAll(docs);
  const text = new MiniSearch<Pick<IndexedDoc, 'id' | 'text' | 'synonyms'>>(TEXT_OPTIONS);
  text.addAll(docs.map(({ id, text, synonyms }) => ({ id, text, synonyms })));
  return { head: JSON.stringify(head), text: JSON.stringify(text) };
}
