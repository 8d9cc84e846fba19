import MiniSearch from 'minisearch';
import { z } from 'zod';
import { INDEX_OPTIONS, searchDocuments } from '../tree/search.ts';
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
 * The search index of a tree, serialized: the start page loads it with `MiniSearch.loadJSON(json, INDEX_OPTIONS)`.
 * Every document is searched in both languages; with `lang`, it stores the titles a result shows in that language
 * only (the start page of a language loads its own index, and the titles were a fifth of it).
 */
export function buildSearchIndex(tree: Tree, synonyms: SynonymGroups, lang?: Lang): string {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  const docs = searchDocuments(tree, synonyms);
  const only = (value: PerLang<string>): PerLang<string> =>
    lang === undefined ? value : { nb: '', en: '', [lang]: value[lang] };
  index.addAll(
    lang === undefined ? docs : docs.map((d) => ({ ...d, title: only(d.title), subtitle: only(d.subtitle) })),
  );
  return JSON.stringify(index);
}
