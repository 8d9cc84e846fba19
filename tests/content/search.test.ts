/**
 * The search over the real content, as a property: the query set of content/queries/ finds a right page among the
 * first three results for at least 90% of its queries. The ranking rules themselves are tested on the fixture tree
 * (tests/features/start/search-engine.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { buildSearchShards } from '../../src/compiler/search-index.ts';
import { createShardedEngine, rightInTop3 } from '../../src/features/start/search-engine.ts';
import { LANGS } from '../../src/tree/lang.ts';

const compiled = compileContent('content');
/**
 * Each language's start page loads its own index, in two shards: a query is tried on the index of the language it
 * is written in, both shards loaded (the second comes when the search box is first used, before the results settle).
 */
const engines = Object.fromEntries(
  LANGS.map((lang) => {
    const shards = buildSearchShards(compiled.tree!, compiled.synonyms, lang);
    return [lang, createShardedEngine(shards.head).withText(shards.text)];
  }),
);

describe('the query set of content/queries/', () => {
  test('compiles, and has queries in both languages', () => {
    expect(compiled.diagnostics).toEqual([]);
    for (const lang of LANGS)
      expect(
        compiled.queries.some((q) => q.lang === lang),
        lang,
      ).toBe(true);
  });

  test('at least 90% of the queries find a right page among the first three', () => {
    const missed = compiled.queries.filter((q) => !rightInTop3(engines[q.lang]!, q));
    const share = 1 - missed.length / compiled.queries.length;
    expect(share, `missed: ${missed.map((q) => q.query).join(' | ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
