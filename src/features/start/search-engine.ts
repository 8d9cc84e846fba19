import MiniSearch from 'minisearch';
import type { MatchInfo, SearchOptions, SearchResult } from 'minisearch';
import {
  codeKey,
  FIELD_BOOST,
  fold,
  HEAD_OPTIONS,
  INDEX_OPTIONS,
  terms,
  TEXT_OPTIONS,
  words,
} from '../../tree/search.ts';
import type { SearchKind } from '../../tree/search.ts';
import { LANGS } from '../../tree/lang.ts';
import type { Lang, PerLang } from '../../tree/lang.ts';

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

/** An engine over the first shard, which can take the second when it comes (see createShardedEngine). */
export interface ShardedEngine extends SearchEngine {
  /** An engine over both shards: the first one's index, loaded once, and the second's `json`. */
  withText(json: string): SearchEngine;
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
  filter: (result) => kindOf(result.id) === 'symptom',
};

/** What an index stores of a document (src/compiler/search-index.ts): a code page stores its code, not its title. */
interface StoredFields {
  title?: PerLang<string>;
  subtitle: PerLang<string>;
  code?: string;
  keys?: string[];
}

/** A result of either kind of index, as the ranking rules read it: its id, score, matches and what is stored. */
interface Found {
  id: string;
  score: number;
  match: MatchInfo;
  stored: StoredFields;
}

const kindOf = (id: string) => id.slice(0, id.indexOf(':')) as SearchKind;

/** A stored document as a hit shows it: a code page's title is its code before its subtitle. */
function hitOf({ id, score, stored: { title, subtitle, code } }: Found): SearchHit {
  const codeTitle = (lang: Lang) => (subtitle[lang] === '' ? '' : `${code}: ${subtitle[lang]}`);
  return {
    kind: kindOf(id),
    ref: id.slice(id.indexOf(':') + 1),
    title: title ?? { nb: codeTitle('nb'), en: codeTitle('en') },
    subtitle,
    score,
  };
}

const found = (r: SearchResult): Found => ({
  id: String(r.id),
  score: r.score,
  match: r.match,
  stored: r as unknown as StoredFields,
});

/**
 * A code page's message is quoted when at least this many of the query's words stand in its code field as typed,
 * and they make up at least QUOTED_SHARE of the query's words: "self service password reset not working" shares
 * three words with the audit category "Self-Service Password Management" but quotes nothing.
 */
const QUOTED_WORDS = 3;
const QUOTED_SHARE = 2 / 3;

/**
 * The code pages a query names: it contains one's code or an alias whole (OnPremisesSuccessCloudFailure), a word of
 * it with a digit stands in one's code field as typed (6329, 0x80230619, the 0029 of SSPR_0029), it quotes one's
 * message (at least QUOTED_WORDS of its words, and QUOTED_SHARE of them, stand in the message as typed), or it is
 * one's title in other words (see namedByTitle).
 */
function namedCodes(query: string, results: readonly Found[]): Found[] {
  const typed = words(query);
  const keys = new Set([...typed.map(codeKey), fold(codeKey(query))]);
  const asked = new Set(terms(query));
  return results.filter((r) => {
    if (kindOf(r.id) !== 'code') return false;
    if ((r.stored.keys ?? []).some((key) => keys.has(key)) || namedByTitle([...asked], r)) return true;
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
function namedByTitle(asked: readonly string[], result: Found): boolean {
  if (asked.length < 2) return false;
  return LANGS.some((lang) => {
    const title = terms(result.stored.subtitle[lang]);
    return asked.length >= title.length && asked.every((term) => title.some((word) => word.startsWith(term)));
  });
}

/** A query that asks for a code without naming one this index has: a word with a digit, or quotation marks. */
const asksOtherwise = (query: string) => words(query).some((w) => /\d/.test(w)) || /["“”«»]/.test(query);

/** Whether a query asks for a code page rather than a symptom: it names one, has a word with a digit, or quotes. */
export function asksForCode(query: string, results: readonly SearchResult[]): boolean {
  return asksOtherwise(query) || namedCodes(query, results.map(found)).length > 0;
}

/**
 * Ranks what was asked: the code pages the query names first; else, when it asks for a code in another way (a
 * number no code has, quotation marks), the scores' order; else symptoms before code pages, each in score order. A
 * question in words ("which licence do I need") is answered by a symptom, not by a code page that shares a word.
 */
function rankAsked(query: string, results: Found[]): Found[] {
  const named = namedCodes(query, results);
  if (named.length > 0) return [...named, ...results.filter((r) => !named.includes(r))];
  if (asksOtherwise(query)) return results;
  const symptom = (r: Found) => kindOf(r.id) === 'symptom';
  return [...results.filter(symptom), ...results.filter((r) => !symptom(r))];
}

/** The ranked hits of a query, given how to find its results (one index's, or two shards' merged). */
function engineOver(find: (query: string, options: SearchOptions) => Found[]): SearchEngine {
  const run = (query: string, options: SearchOptions, limit: number): SearchHit[] =>
    terms(query).length === 0 ? [] : rankAsked(query, find(query, options)).slice(0, limit).map(hitOf);
  return {
    search: (query, limit = 10) => run(query, RANKED, limit),
    closest: (query, limit = 3) => run(query, LOOSE, limit),
  };
}

/** Loads a serialized index of every field (`buildSearchIndex`). */
export function createSearchEngine(json: string): SearchEngine {
  const index = MiniSearch.loadJSON(json, INDEX_OPTIONS);
  return engineOver((query, options) => index.search(query, options).map(found));
}

/**
 * The results of the shards as one index's. MiniSearch scores a document by the sum, over the query's terms and
 * the fields, of each field's score, times the number of the query's terms it matched: each shard's score is
 * divided by its count of terms, the sums added, and the whole multiplied by the count of terms matched in either.
 * Both shards hold every document, so each field's share is the one it has in one index (up to rounding).
 */
function merged(head: SearchResult[], text: SearchResult[], storedOf: (id: string) => StoredFields): Found[] {
  const byId = new Map<string, { sum: number; asked: Set<string>; match: MatchInfo }>();
  for (const r of [...head, ...text]) {
    const id = String(r.id);
    const sum = r.score / (r.queryTerms.length || 1);
    const seen = byId.get(id);
    if (!seen) {
      byId.set(id, { sum, asked: new Set(r.queryTerms), match: { ...r.match } });
      continue;
    }
    seen.sum += sum;
    for (const term of r.queryTerms) seen.asked.add(term);
    for (const [term, fields] of Object.entries(r.match))
      seen.match[term] = [...(seen.match[term] ?? []), ...fields];
  }
  return [...byId]
    .map(([id, { sum, asked, match }]) => ({
      id,
      score: sum * (asked.size || 1),
      match,
      stored: storedOf(id),
    }))
    .sort((a, b) => b.score - a.score);
}

/**
 * Loads the first shard of a start page's index (`buildSearchShards`' head): its results at once; `withText` adds
 * the second shard, and then the results are those of one index over both.
 */
export function createShardedEngine(headJson: string): ShardedEngine {
  const head = MiniSearch.loadJSON(headJson, HEAD_OPTIONS);
  const storedOf = (id: string) => head.getStoredFields(id) as unknown as StoredFields;
  return {
    ...engineOver((query, options) => head.search(query, options).map(found)),
    withText(json) {
      const text = MiniSearch.loadJSON(json, TEXT_OPTIONS);
      return engineOver((query, options) =>
        merged(head.search(query, options), text.search(query, options), storedOf),
      );
    },
  };
}

/** Whether one of the right pages (`symptom:<id>`, `code:<id>`) is among the first three results: the query set's bar. */
export function rightInTop3(
  engine: SearchEngine,
  { query, right }: { query: string; right: readonly string[] },
) {
  return engine.search(query, 3).some((h) => right.includes(`${h.kind}:${h.ref}`));
}
