/**
 * Items anchored to their own text (src/compiler/anchors.ts). The fixtures of the problems (an item without its
 * fingerprint, one whose texts stand at two places, one reworded) are in errors.test.ts; here: two items swapped in
 * both editions keep their rules on their own text, and what a fingerprint does and does not depend on.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { textFingerprint } from '../../src/compiler/anchors.ts';
import { compileContent } from '../../src/compiler/compile.ts';
import { plainText } from '../../src/tree/inline.ts';
import { resolve } from '../../src/tree/resolve.ts';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'reordered-items');

describe('two items swapped in both editions, the rules left in the old order', () => {
  const { tree, diagnostics } = compileContent(fixture, fixture);

  test('compile without a problem', () => {
    expect(diagnostics).toEqual([]);
  });

  test("each item keeps its own text: the tree lists them in the article's new order", () => {
    const items = tree?.symptoms[0]?.items.map((i) => [
      i.id,
      plainText(i.content.nb),
      plainText(i.content.en),
    ]);
    expect(items).toEqual([
      ['try-again', 'Prøv igjen senere.', 'Try again later.'],
      ['ask-admin', 'Be en administrator om hjelp.', 'Ask an administrator for help.'],
    ]);
  });

  test("each rule applies to its own item's text", () => {
    const state = tree && resolve(tree, 'button-broken', [{ question: 'colour', option: 'grey' }]);
    expect(state?.kind).toBe('remedy');
    if (state?.kind !== 'remedy') return;
    const shown = state.applies.map((a) => tree?.symptoms[0]?.items.find((i) => i.id === a.item)?.content.en);
    expect(shown.map((content) => plainText(content ?? []))).toEqual(['Ask an administrator for help.']);
  });
});

describe('textFingerprint', () => {
  test('is two groups of four hex digits, which YAML reads as a string', () => {
    expect(textFingerprint('Prøv igjen.', 'Try again.')).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}$/);
  });

  test('ignores how the text is wrapped, but not a changed word or language', () => {
    const print = textFingerprint('Prøv igjen senere.', 'Try again later.');
    expect(textFingerprint('Prøv  igjen\nsenere. ', ' Try again\tlater.')).toBe(print);
    expect(textFingerprint('Prøv igjen straks.', 'Try again later.')).not.toBe(print);
    expect(textFingerprint('Prøv igjen senere.', 'Try again soon.')).not.toBe(print);
    expect(textFingerprint('Try again later.', 'Prøv igjen senere.')).not.toBe(print);
  });
});
