import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import { createI18n } from '../../src/i18n/i18n.ts';
import nb from '../../src/i18n/nb.json';

/** Every leaf of a resource tree as [dotted key, value]. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('UI copy', () => {
  test('nb.json and en.json have exactly the same keys', () => {
    const keys = (resource: object) =>
      leaves(resource)
        .map(([key]) => key)
        .sort();
    expect(keys(en)).toEqual(keys(nb));
  });

  test.each([
    ['nb', nb],
    ['en', en],
  ])('%s.json has only non-empty strings', (_, resource) => {
    for (const [key, value] of leaves(resource)) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  test('both languages use the same interpolation variables per key', () => {
    const variables = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const enValues = new Map(leaves(en));
    for (const [key, value] of leaves(nb))
      expect(variables(enValues.get(key)), key).toEqual(variables(value));
  });

  test('createI18n is ready at once, in both languages, with plurals', () => {
    const i18n = createI18n();
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('start.title', { lng: 'en' })).toBe('What do you see?');
    expect(i18n.t('start.title', { lng: 'nb' })).toBe('Hva ser du?');
    expect(i18n.t('search.results', { lng: 'nb', count: 1 })).toBe('1 treff, det beste først');
    expect(i18n.t('search.results', { lng: 'en', count: 2 })).toBe('2 results, the best first');
  });
});
