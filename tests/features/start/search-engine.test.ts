// @vitest-environment node
/**
 * The search's ranking on the fixture tree's index (tests/fixtures/site, plus one message code made here): a query in
 * words offers symptoms before code pages; a query that is or contains a code, or quotes a message, keeps the
 * scores' order, so the code's page comes first.
 */
import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { compileOrThrow } from '../../../src/compiler/compile.ts';
import { buildSearchIndex, buildSearchShards } from '../../../src/compiler/search-index.ts';
import {
  asksForCode,
  createSearchEngine,
  createShardedEngine,
  rightInTop3,
} from '../../../src/features/start/search-engine.ts';
import type { SearchHit } from '../../../src/features/start/search-engine.ts';
import { FIELD_BOOST, INDEX_OPTIONS } from '../../../src/tree/search.ts';
import type { ErrorCode } from '../../../src/tree/reference.ts';

const words = (value: string) => [{ type: 'text' as const, value }];
/** A message code of our own, so that quoting a message can be tried. */
const message: ErrorCode = {
  id: 'msg-link-expired',
  group: 'message',
  code: 'The test reset link has expired',
  aliases: [],
  symptom: 'user-message',
  answers: [],
  healthy: false,
  source: 'https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr',
  sourceDate: '2025-06',
  checked: '2026-12-04',
  title: { nb: 'Testlenken er utløpt', en: 'The test link has expired' },
  meaning: { nb: words('Lenken varer en stund.'), en: words('The link lasts a while.') },
  action: { nb: words('Be om en ny.'), en: words('Ask for a new one.') },
};
const fixture = compileOrThrow('tests/fixtures/site');
const tree = { ...fixture, codes: [...fixture.codes, message] };
const json = buildSearchIndex(tree, [['tilbakeskriving', 'writeback']]);
const engine = createSearchEngine(json);
const ids = (query: string, limit = 10) => engine.search(query, limit).map((h) => `${h.kind}:${h.ref}`);
/** The index's own ranking, by score alone. */
const raw = MiniSearch.loadJSON(json, INDEX_OPTIONS);
const byScore = (query: string) =>
  raw.search(query, { boost: FIELD_BOOST, prefix: true }).map((r) => String(r.id));

describe('a query in words', () => {
  test('offers the symptoms before any code page, though a code page scores higher', () => {
    const query = 'turn on test writeback';
    expect(byScore(query)[0]).toBe('code:event-1234');
    const ranked = ids(query);
    expect(ranked[0]).toBe('symptom:tab-missing');
    const firstCode = ranked.findIndex((id) => id.startsWith('code:'));
    expect(ranked.slice(firstCode).every((id) => id.startsWith('code:'))).toBe(true);
    expect(ranked).toContain('code:event-1234');
  });

  test('two words of a message are not a quote', () => {
    expect(ids('link expired')[0]).toMatch(/^symptom:/);
  });

  test("a query that is a code page's title in its own words offers that page first", () => {
    expect(ids('writeback test is off')[0]).toBe('code:event-1234');
  });

  test('a query with fewer words than a title does not name it', () => {
    expect(ids('test writeback')[0]).toMatch(/^symptom:/);
  });

  test('three words of a message in a longer question are not a quote', () => {
    const query = 'test reset link not working for the user today';
    expect(byScore(query)).toContain('code:msg-link-expired');
    expect(ids(query)[0]).toMatch(/^symptom:/);
  });

  test('a brand of a code without the code ("TEST") is not a code', () => {
    expect(ids('test group')[0]).toMatch(/^symptom:/);
  });
});

describe('a query that asks for a code keeps the order of the scores', () => {
  test.each([
    ['the code alone', '1234', 'code:event-1234'],
    ['a code with underscores', 'TEST_0001', 'code:test-0001'],
    ['a code inside a sentence', 'the log shows 1234 after the reset', 'code:event-1234'],
    ['a whole alias without digits', 'TestNotEnabled', 'code:test-0001'],
    ['a whole alias inside a sentence', 'the user gets TestNotEnabled', 'code:test-0001'],
    ['a message quoted without quotation marks', 'test reset link has expired', 'code:msg-link-expired'],
    ['words in quotation marks', '"turn on test writeback"', 'code:event-1234'],
  ])('%s: "%s" offers %s first', (_, query, first) => {
    expect(ids(query)[0]).toBe(first);
  });

  test('asksForCode tells them from a question in words', () => {
    const results = (query: string) => raw.search(query, { boost: FIELD_BOOST, prefix: true });
    expect(asksForCode('the user gets TestNotEnabled', results('the user gets TestNotEnabled'))).toBe(true);
    expect(asksForCode('«test writeback»', [])).toBe(true);
    expect(asksForCode('turn on test writeback', results('turn on test writeback'))).toBe(false);
  });
});

test('rightInTop3 passes a query with one right page among the first three results, and only then', () => {
  expect(rightInTop3(engine, { query: '1234', right: ['symptom:nothing', 'code:event-1234'] })).toBe(true);
  expect(rightInTop3(engine, { query: '1234', right: ['symptom:user-message'] })).toBe(false);
});

test('a query of stop words or of nothing finds nothing, and nonsense finds nothing', () => {
  expect(engine.search('the and of')).toEqual([]);
  expect(engine.search('   ')).toEqual([]);
  expect(engine.search('qqqxxzz')).toEqual([]);
});

describe('the index in two shards', () => {
  const shards = buildSearchShards(tree, [['tilbakeskriving', 'writeback']]);
  const first = createShardedEngine(shards.head);
  const both = first.withText(shards.text);
  const queries = [
    'turn on test writeback',
    'link expired',
    'writeback test is off',
    'test reset link not working for the user today',
    '1234',
    'TEST_0001',
    'the user gets TestNotEnabled',
    '"turn on test writeback"',
    'tilbakeskrving',
    'lasts a while',
    'the and of',
  ];
  /** What a hit shows and its score (to ten digits: the shards' sums are added in another order). */
  const shown = (hits: SearchHit[]) => hits.map((h) => ({ ...h, score: Number(h.score.toPrecision(10)) }));

  test.each(queries)('"%s": both shards rank as one index, with the same titles and scores', (query) => {
    expect(shown(both.search(query))).toEqual(shown(engine.search(query)));
    expect(shown(both.closest(query))).toEqual(shown(engine.closest(query)));
  });

  test('the first shard alone finds by heading and code, not by the long text or the synonyms', () => {
    expect(first.search('TEST_0001')[0]?.ref).toBe('test-0001');
    expect(first.search('lasts a while')).toEqual([]);
    expect(both.search('lasts a while').map((h) => h.ref)).toContain('msg-link-expired');
    expect(first.search('tilbakeskriving').map((h) => h.ref)).not.toEqual(
      both.search('tilbakeskriving').map((h) => h.ref),
    );
  });

  test("the first shard stores what a result shows: a code page's title is its code before its subtitle", () => {
    const hit = first.search('TEST_0001')[0];
    expect(hit?.title.en).toMatch(/^TEST_0001: /);
    expect(hit?.title.en).toBe(`TEST_0001: ${hit?.subtitle.en}`);
  });
});
