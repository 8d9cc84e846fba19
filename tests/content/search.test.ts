import { describe, expect, test } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { Diagnostics } from '../../src/compiler/diagnostics.ts';
import { buildSearchIndex, loadSynonyms } from '../../src/compiler/search-index.ts';
import { createSearchEngine } from '../../src/features/start/search-engine.ts';
import { searchDocuments, stem, synonymsOf, terms } from '../../src/tree/search.ts';
import { QUERY_SET } from './query-set.ts';

const compiled = compileContent('content');
const tree = compiled.tree!;
const engine = createSearchEngine(buildSearchIndex(tree, compiled.synonyms));
const top3 = (query: string) => engine.search(query, 3).map((h) => `${h.kind}:${h.ref}`);

describe('the query set', () => {
  test('has at least 40 queries in both languages, each naming pages that exist', () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(40);
    const ids = new Set([
      ...tree.symptoms.map((s) => `symptom:${s.id}`),
      ...tree.codes.map((c) => `code:${c.id}`),
    ]);
    for (const [query, right] of QUERY_SET) for (const id of right) expect(ids, query).toContain(id);
  });

  test('at least 90% of the queries find a right page among the first three', () => {
    const found = QUERY_SET.filter(([query, right]) => top3(query).some((id) => right.includes(id)));
    expect(found.length / QUERY_SET.length).toBeGreaterThanOrEqual(0.9);
  });

  test.each([
    ['SSPR_0029', 'code:sspr-0029'],
    ['greyed out', 'symptom:reset-button-greyed-out'],
    ['knappen er grå', 'symptom:reset-button-greyed-out'],
    ['hr=80231367', 'code:hr-80231367'],
  ])('"%s" ranks %s first', (query, first) => {
    expect(top3(query)[0]).toBe(first);
  });

  test('"6329" ranks a 6329 event first', () => {
    expect(top3('6329')[0]).toMatch(/^code:event-6329-/);
  });

  test('a query of stop words or of nothing finds nothing, and nonsense finds nothing', () => {
    expect(engine.search('the and of')).toEqual([]);
    expect(engine.search('   ')).toEqual([]);
    expect(engine.search('qqqxxzz')).toEqual([]);
  });
});

describe('the words of the index', () => {
  test('fold case and diacritics, keep codes whole and add their parts', () => {
    expect(terms('Knappen er GRÅ')).toEqual(['knapp', 'gra']);
    expect(terms('SSPR_0029')).toEqual(['sspr_0029', 'sspr', '0029']);
    expect(terms("can't 0x80230619")).toEqual(['cant', '0x80230619']);
  });

  test('the light stemmer cuts one ending, keeps four letters, never cuts a code', () => {
    expect(stem('passordet')).toBe('passord');
    expect(stem('greyed')).toBe('grey');
    expect(stem('policies')).toBe('policy');
    expect(stem('user')).toBe('user');
    expect(stem('0x80230619')).toBe('0x80230619');
  });

  test('a text earns the whole synonym group of any word or phrase it uses', () => {
    const groups = [
      ['grå', 'nedtonet', 'greyed'],
      ['kan ikke', 'cannot'],
    ];
    expect(synonymsOf('Knappen er nedtonet', groups)).toBe('grå nedtonet greyed');
    expect(synonymsOf('Jeg kan ikke klikke', groups)).toBe('kan ikke cannot');
    expect(synonymsOf('Jeg kan klikke', groups)).toBe('');
  });

  test('one document per symptom and code, both languages in each, codes in the code field', () => {
    const docs = searchDocuments(tree, compiled.synonyms);
    expect(docs).toHaveLength(tree.symptoms.length + tree.codes.length);
    const code = docs.find((d) => d.id === 'code:sspr-0029');
    expect(code?.codes).toContain('SSPR_0029');
    expect(code?.title.nb).toMatch(/^SSPR_0029: /);
    const symptom = docs.find((d) => d.id === 'symptom:reset-button-greyed-out');
    const greyed = tree.symptoms.find((s) => s.id === 'reset-button-greyed-out');
    expect(symptom?.heading).toContain(greyed?.heading.nb);
    expect(symptom?.heading).toContain(greyed?.heading.en);
    expect(symptom?.synonyms).toContain('greyed');
  });

  test('a word in two synonym groups is reported where it stands', () => {
    const d = new Diagnostics();
    loadSynonyms('synonyms:\n  - [grå, grey]\n  - [blå, grey]\n', 'search.yaml', d);
    expect(d.list).toEqual([
      {
        file: 'search.yaml',
        line: 3,
        column: 11,
        message: expect.stringContaining('"grey" is already in group 1'),
      },
    ]);
  });
});
