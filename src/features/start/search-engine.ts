import MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import { codeKey, FIELD_BOOST, fold, INDEX_OPTIONS, terms, words } from '../../tree/search.ts';
import type { SearchKind } from '../../tree/search.ts';
import { LANGS } from '../../tree/lang.ts';
import type { PerLang } from '../../tree/lang.ts';

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

type Stored = Omit<SearchHit, 'score'> & { keys: string[] };

/**
 * A code page's message is quoted when at least this many of the query's words stand in its code field as typed,
 * and they make up at least QUOTED_SHARE of the query's words: "self service password reset not working" shares
 * three words with the audit category "Self-Service Password Management" but quotes nothing.
 */
const QUOTED_WORDS = 3;
const QUOTED_SHARE = 2 / 3;

const stored = (r: SearchResult) => r as unknown as Stored;

/**
 * The code pages a query names: it contains one's code or an alias whole (OnPremisesSuccessCloudFailure), a word of
 * it with a digit stands in one's code field as typed (6329, 0x80230619, the 0029 of SSPR_0029), it quotes one's
 * message (at least QUOTED_WORDS of its words, and QUOTED_SHARE of them, stand in the message as typed), or it is
 * one's title in other words (see namedByTitle).
 */
function namedCodes(query: string, results: readonly SearchResult[]): SearchResult[] {
  const typed = words(query);
  const keys = new Set([...typed.map(codeKey), fold(codeKey(query))]);
  const asked = new Set(terms(query));
  return results.filter((r) => {
    if (stored(r).kind !== 'code') return false;
    if (stored(r).keys.some((key) => keys.has(key)) || namedByTitle([...asked], r)) return true;
    const inCode = Object.entries(r.match).filter(
      ([term, fields]) => asked.has(term) && fields.includes('codes'),
    );
    return (
      inCode.some(([term]) => /\d/.test(term)) ||
      (inCode.length >= QUOTED_WORDS && inCode.length >= QUOTED_SHARE * asked.size)
    );
  });
}

/**
 * Whether a query is a code page's title in its own words: the query (two words or more) and the title in one
 * language have the same words, a prefix counting ("password expired" names "The password has expired"; "link
 * expired" does not name "The test link has expired", nor "password reset" "Reset password (self-service)").
 */
function namedByTitle(asked: readonly string[], result: SearchResult): boolean {
  if (asked.length < 2) return false;
  return LANGS.some((lang) => {
    const title = terms(stored(result).subtitle[lang]);
    return asked.length >= title.length && asked.every((term) => title.some((word) => word.startsWith(term)));
  });
}

/** A query that asks for a code without naming one this index has: a word with a digit, or quotation marks. */
const asksOtherwise = (query: string) => words(query).some((w) => /\d/.test(w)) || /["“”«»]/.test(query);

/** Whether a query asks for a code page rather than a symptom: it names one, has a word with a digit, or quotes. */
export function asksForCode(query: string, results: readonly SearchResult[]): boolean {
  return asksOtherwise(query) || namedCodes(query, results).length > 0;
}

/**
 * Ranks what was asked: the code pages the query names first; else, when it asks for a code in another way (a
 * number no code has, quotation marks), the scores' order; else symptoms before code pages, each in score order. A
 * question in words ("which licence do I need") is answered by a symptom, not by a code page that shares a word.
 */
function rankAsked(query: string, results: SearchResult[]): SearchResult[] {
  const named = namedCodes(query, results);
  if (named.length > 0) return [...named, ...results.filter((r) => !named.includes(r))];
  if (asksOtherwise(query)) return results;
  const symptom = (r: SearchResult) => stored(r).kind === 'symptom';
  return [...results.filter(symptom), ...results.filter((r) => !symptom(r))];
}

/** Loads a serialized index (what `virtual:search-index` exports). */
export function createSearchEngine(json: string): SearchEngine {
  const index = MiniSearch.loadJSON(json, INDEX_OPTIONS);
  const run = (query: string, options: SearchOptions, limit: number): SearchHit[] => {
    if (terms(query).length === 0) return [];
    return rankAsked(query, index.search(query, options))
      .slice(0, limit)
      .map((r) => {
        const { kind, ref, title, subtitle } = stored(r);
        return {
          kind,
          ref,
          title,
          subtitle,
          score: r.score,
        };
      });
  };
  return {
    search: (query, limit = 10) => run(query, RANKED, limit),
    closest: (query, limit = 3) => run(query, LOOSE, limit),
  };
}

/** Whether one of the right pages (`symptom:<id>`, `code:<id>`) is among the first three results: the query set's bar. */
export function rightInTop3(
  engine: SearchEngine,
  { query, right }: { query: string; right: readonly string[] },
) {
  return engine.search(query, 3).some((h) => right.includes(`${h.kind}:${h.ref}`));
}
