/** The words of the search index (src/tree/search.ts): folding, stemming, synonyms, and the documents of a tree. */
import { describe, expect, test } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { Diagnostics } from '../../src/compiler/diagnostics.ts';
import { loadSynonyms } from '../../src/compiler/search-index.ts';
import { searchDocuments, stem, synonymsOf, terms } from '../../src/tree/search.ts';

const compiled = compileContent('tests/fixtures/site');
const tree = compiled.tree!;

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
    const code = docs.find((d) => d.id === 'code:test-0001');
    expect(code?.codes).toContain('TEST_0001');
    expect(code?.title.nb).toMatch(/^TEST_0001: /);
    expect(code?.keys).toEqual(['test0001', 'testnotenabled']);
    const symptom = docs.find((d) => d.id === 'symptom:button-disabled');
    const greyed = tree.symptoms.find((s) => s.id === 'button-disabled');
    expect(symptom?.heading).toContain(greyed?.heading.nb);
    expect(symptom?.heading).toContain(greyed?.heading.en);
    expect(symptom?.synonyms).toContain('greyed');
    expect(symptom?.keys).toEqual([]);
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
