/**
 * The corrections of the 2021 machine translation hold in what the Norwegian site shows. Its faults of wording are
 * kept out by the compiler's one-term rule (content/terms.yaml, tested on fixtures in terms.test.ts and errors.test.ts;
 * nb.json in tests/i18n/terms.test.ts) and by each correction's old text; this file checks properties only, so
 * rewording the content never breaks it.
 */
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

describe('the Norwegian text', () => {
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
