import MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import { FIELD_BOOST, INDEX_OPTIONS, terms } from '../../tree/search.ts';
import type { SearchKind } from '../../tree/search.ts';
import type { PerLang } from '../../tree/types.ts';

/** One ranked result: a symptom or a code's page, with what it shows in each language. */
export interface SearchHit {
  kind: SearchKind;
  ref: string;
  title: PerLang<string>;
  subtitle: PerLang<string>;
  score: number;
}

/** Ranked search over the compiled index: best first; `closest` is the looser search for when nothing matches. */
export interface SearchEngine {
  search(query: string, limit?: number): SearchHit[];
  closest(query: string, limit?: number): SearchHit[];
}

/** Prefix matching from the third letter; typo tolerance on words of five letters or more (one edit, then two). */
const RANKED: SearchOptions = {
  boost: FIELD_BOOST,
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (/\d/.test(term) || term.length < 5 ? false : 0.2),
  combineWith: 'OR',
};

/** Looser: prefixes from two letters, more typos, symptoms only. */
const LOOSE: SearchOptions = {
  ...RANKED,
  prefix: (term) => term.length >= 2,
  fuzzy: (term) => (term.length < 4 ? false : 0.34),
  filter: (result) => result.kind === 'symptom',
};

type Stored = Omit<SearchHit, 'score'>;

/** Loads a serialized index (what `virtual:search-index` exports). */
export function createSearchEngine(json: string): SearchEngine {
  const index = MiniSearch.loadJSON(json, INDEX_OPTIONS);
  const run = (query: string, options: SearchOptions, limit: number): SearchHit[] => {
    if (terms(query).length === 0) return [];
    return index
      .search(query, options)
      .slice(0, limit)
      .map((r) => {
        const stored = r as unknown as Stored;
        return {
          kind: stored.kind,
          ref: stored.ref,
          title: stored.title,
          subtitle: stored.subtitle,
          score: r.score,
        };
      });
  };
  return {
    search: (query, limit = 10) => run(query, RANKED, limit),
    closest: (query, limit = 3) => run(query, LOOSE, limit),
  };
}
