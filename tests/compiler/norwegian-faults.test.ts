/** The faults of the 2021 machine translation (../shared/domain-facts.md) are gone from what the Norwegian site shows. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { plainText } from '../../src/tree/inline.ts';

const tree = compileOrThrow('content');

/** Every Norwegian word the site shows: headings, items, notes, questions, options, tables and the UI copy. */
const shown = [
  tree.title.nb,
  plainText(tree.intro.nb),
  ...tree.symptoms.flatMap((s) => [
    s.heading.nb,
    s.summary.nb,
    ...s.items.map((i) => plainText(i.content.nb)),
    ...s.notes.map((n) => plainText(n.text.nb)),
  ]),
  ...tree.questions.flatMap((q) => [q.label.nb, q.hint?.nb ?? '', ...q.options.map((o) => o.label.nb)]),
  ...tree.roles.roles.map((r) => r.name.nb),
  readFileSync('src/i18n/nb.json', 'utf8'),
].join('\n');

const FAULTS = [
  'globale passord og brukeradministratorer',
  'passord, som ikke dekkes',
  'Forhåndsutmuler',
  'bladbladet',
  'integrasjonsbladet',
  'integreringsbladet',
  'ser ikke blad',
  'dette bladet',
  'passord-writeback',
  'passordskriving',
  'nylig brukte policyer',
  'sluttpunkter',
  'med to porter for en hvilken som helst',
  'Du bruker ikke tilbakeskriving',
  'kommandolinjen',
  'avpassord',
  'WT.mc_id',
  'docs.microsoft.com',
];

describe('the Norwegian text', () => {
  test.each(FAULTS)('no longer says %j', (fault) => {
    expect(shown).not.toContain(fault);
  });

  test('shows every correction as corrected: its new text where the old one stood, the old text nowhere', () => {
    for (const correction of tree.corrections) {
      expect(shown, correction.id).toContain(correction.now);
      expect(shown, correction.id).not.toContain(correction.was);
    }
  });

  test('no link keeps the tracking parameter or the old docs host, in either language', () => {
    const urls = JSON.stringify(tree.symptoms);
    expect(urls).not.toContain('WT.mc_id');
    expect(urls).not.toContain('docs.microsoft.com');
  });
});
