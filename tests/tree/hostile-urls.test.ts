/** Hostile URLs, as a helpdesk link edited by anyone may carry: the tree never throws and never echoes them. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { placePath, parsePath } from '../../src/tree/paths.ts';

const tree = compileOrThrow('content');
const ids = [
  ...tree.symptoms.map((s) => s.id),
  ...tree.questions.flatMap((q) => [q.id, ...q.options.map((o) => o.id)]),
];
const hostile = [
  '..',
  '.',
  '%2F',
  '%2f..%2f',
  '%00',
  '\u0000',
  '%',
  '%E0%A4%A',
  '%ZZ',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '\u202Enb',
  '\u200F',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '?q=1',
  '#frag',
  '%3Cb%3E',
  'x'.repeat(5000),
];
const segment = fc.oneof(
  fc.constantFrom(...hostile),
  fc.constantFrom(...ids),
  fc.constantFrom('nb', 'en'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const path = fc
  .tuple(fc.array(segment, { maxLength: 10 }), fc.boolean(), fc.constantFrom('', '?a=<b>', '#<i>'))
  .map(([parts, slash, tail]) => `/${parts.join('/')}${slash ? '/' : ''}${tail}`);

/** A canonical path is made of known ids only. */
const CANONICAL = /^\/(nb|en)\/([a-z0-9]+(-[a-z0-9]+)*\/)*$/;

describe('hostile URL paths', () => {
  test('never throw, and every canonical path they lead to is built from known ids only', () => {
    fc.assert(
      fc.property(path, (p) => {
        const place = parsePath(tree, p);
        expect(['start', 'about', 'flow', 'not-found']).toContain(place.kind);
        const canonical = placePath(tree, place);
        if (place.kind === 'not-found') expect(canonical).toBeUndefined();
        else {
          expect(canonical).toMatch(CANONICAL);
          for (const piece of (canonical as string).split('/').filter(Boolean).slice(1)) {
            expect([...ids, 'about']).toContain(piece);
          }
        }
      }),
      { seed: 20261127, numRuns: 2000 },
    );
  });

  test.each(hostile)('the segment %j after a known symptom leads back to that symptom', (bad) => {
    const place = parsePath(tree, `/en/how-to-reset/${encodeURIComponent(bad)}/${bad}/`);
    // Broken percent-encoding cannot be decoded: the page is "not found" (with a link to the symptom it names).
    if (place.kind === 'not-found') expect(bad).toMatch(/%/);
    else expect(placePath(tree, place)).toBe('/en/how-to-reset/');
  });

  test('a prototype key as a symptom or a question is not found, not inherited', () => {
    expect(parsePath(tree, '/nb/__proto__/')).toEqual({ kind: 'not-found', lang: 'nb' });
    expect(parsePath(tree, '/nb/constructor/')).toEqual({ kind: 'not-found', lang: 'nb' });
    const state = parsePath(tree, '/nb/policy-testing/__proto__/admin-account/constructor/x/');
    expect(placePath(tree, state)).toBe('/nb/policy-testing/');
  });
});
