import { describe, expect, test } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { buildSearchIndex, buildSearchShards } from '../../src/compiler/search-index.ts';
import { createSearchEngine, createShardedEngine } from '../../src/features/start/search-engine.ts';
import { LANGS } from '../../src/tree/lang.ts';

const compiled = compileContent('content');
const tree = compiled.tree!;
const whole = createSearchEngine(buildSearchIndex(tree, compiled.synonyms));

describe("each language's search index", () => {
  test.each(LANGS)('%s: finds what the index of both languages finds, in the same order', (lang) => {
    const shard = createSearchEngine(buildSearchIndex(tree, compiled.synonyms, lang));
    const refs = (hits: ReturnType<typeof whole.search>) => hits.map((h) => `${h.kind}:${h.ref}:${h.score}`);
    // The documents are searched in both languages; only the stored titles differ, and a title names its code
    // (namedByTitle) only in the page's language: the queries written in it are compared.
    for (const { query } of compiled.queries.filter((q) => q.lang === lang)) {
      expect(refs(shard.search(query))).toEqual(refs(whole.search(query)));
      expect(refs(shard.closest(query))).toEqual(refs(whole.closest(query)));
    }
  });

  test.each(LANGS)('%s: its two shards rank as its one index, with the same titles and scores', (lang) => {
    const one = createSearchEngine(buildSearchIndex(tree, compiled.synonyms, lang));
    const shards = buildSearchShards(tree, compiled.synonyms, lang);
    const both = createShardedEngine(shards.head).withText(shards.text);
    // The shards' sums are added in another order: scores are compared to ten digits.
    const shown = (hits: ReturnType<typeof one.search>) =>
      hits.map((h) => ({ ...h, score: Number(h.score.toPrecision(10)) }));
    for (const { query } of compiled.queries) {
      expect(shown(both.search(query)), query).toEqual(shown(one.search(query)));
      expect(shown(both.closest(query)), query).toEqual(shown(one.closest(query)));
    }
  });

  test.each(LANGS)('%s: stores the titles a result shows in its own language only', (lang) => {
    const other = LANGS.find((l) => l !== lang)!;
    const shard = createSearchEngine(buildSearchIndex(tree, compiled.synonyms, lang));
    const hits = compiled.queries.flatMap(({ query }) => shard.search(query));
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.title[lang]).not.toBe('');
      expect([hit.title[other], hit.subtitle[other]]).toEqual(['', '']);
    }
  });
});
