/**
 * The one-term-per-concept rule (src/compiler/terms.ts) on small texts of its own: words are found by Unicode word
 * segmentation (æ, ø and å are letters), patterns match whole words with * only where written, phrases never cross
 * punctuation, and what the rule does not read (quotes, code, links, placeholders) is never reported.
 */
import { describe, expect, test } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../src/compiler/diagnostics.ts';
import type { Term } from '../../src/compiler/terms.ts';
import { checkYamlTerms, findTerms, loadTerms, wordsOf } from '../../src/compiler/terms.ts';

function termsOf(yaml: string): Term[] {
  const d = new Diagnostics();
  const terms = loadTerms(yaml, 'terms.yaml', d);
  expect(d.list).toEqual([]);
  return terms;
}

const terms = termsOf(`
terms:
  - use: tilordne
    avoid: ['tildel*']
  - use: side
    avoid: [blad, '*bladet']
  - use: det lokale miljøet
    avoid: [den lokale siden]
  - use: mislykkes
    avoid: [feiler]
`);

const found = (text: string) => findTerms(text, terms).map((u) => [u.found, u.offset]);

describe('words', () => {
  test('æ, ø and å are letters, and hyphens and punctuation split words', () => {
    expect(wordsOf('Blåbær-syltetøy, på øya!').map((w) => w.word)).toEqual([
      'blåbær',
      'syltetøy',
      'på',
      'øya',
    ]);
  });

  test('a word with a Norwegian letter after the pattern is another word', () => {
    expect(found('Bladøya og bladå')).toEqual([]);
    expect(found('et blad')).toEqual([['blad', 3]]);
  });

  test('a trailing * takes any ending, a leading * any beginning, and neither reaches inside a word otherwise', () => {
    expect(found('Tildelt, tildelingen og TILDELE')).toEqual([
      ['Tildelt', 0],
      ['tildelingen', 9],
      ['TILDELE', 24],
    ]);
    expect(found('omtildelt')).toEqual([]);
    expect(found('integrasjonsbladet')).toEqual([['integrasjonsbladet', 0]]);
    expect(found('bladene')).toEqual([]);
  });
});

describe('phrases', () => {
  test('match across spaces, line breaks and Markdown emphasis', () => {
    expect(found('nådde den lokale\n    siden')).toEqual([['den lokale\n    siden', 6]]);
    expect(found('nådde **den lokale siden**')).toEqual([['den lokale siden', 8]]);
  });

  test('never across other punctuation', () => {
    expect(found('den lokale. Siden er riktig')).toEqual([]);
    expect(found('den lokale, siden')).toEqual([]);
  });
});

describe('what the rule does not read', () => {
  test('quotations in « », inline code, link addresses, bare URLs and {{placeholders}}', () => {
    expect(found('Knappen «Tildel lisenser»')).toEqual([]);
    expect(found('Kjør `Get-Tildeling`')).toEqual([]);
    expect(found('[lenken](https://learn.microsoft.com/bladet) og https://aka.ms/blad')).toEqual([]);
    expect(found('Rollen {{tildelt}}')).toEqual([]);
  });

  test('a quotation ends a phrase', () => {
    expect(found('den lokale «x» siden')).toEqual([]);
  });
});

describe('YAML and JSON', () => {
  test('reads only the values under nb keys, not keywords, at their line and column', () => {
    const d = new Diagnostics();
    const yaml = [
      'symptoms:',
      '  - summary:',
      '      nb: Det feiler.',
      '      en: It feiler.',
      '    keywords:',
      '      nb: [feiler, blad]',
      '    text:',
      '      nb: >-',
      '        Slå den på i',
      '        bladet.',
      '',
    ].join('\n');
    checkYamlTerms(yaml, 'wizard.yaml', terms, d);
    expect(d.list.map(formatDiagnostic)).toEqual([
      'wizard.yaml:3:15: "feiler": write "mislykkes" instead (terms.yaml: "feiler"); quote it in « » if it is a label or a quotation',
      'wizard.yaml:10:9: "bladet": write "side" instead (terms.yaml: "*bladet"); quote it in « » if it is a label or a quotation',
    ]);
  });

  test('reads every string value of a JSON file of UI copy, never its keys', () => {
    const d = new Diagnostics();
    checkYamlTerms(
      '{\n  "blad": {\n    "x": "Ikke {{blad}}, men «blad» og et blad."\n  }\n}\n',
      'nb.json',
      terms,
      d,
      true,
    );
    expect(d.list.map((x) => [x.line, x.column])).toEqual([[3, 43]]);
  });
});
