import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import nb from '../../src/i18n/nb.json';
import { createLazyI18n } from '../../src/i18n/lazy-i18n.ts';

describe('createLazyI18n', () => {
  test("once ready, the first page's language is there and the other is not", async () => {
    const { i18n, ready } = createLazyI18n('en');
    await ready;
    expect(i18n.hasLoadedNamespace('translation', { lng: 'en' })).toBe(true);
    expect(i18n.hasLoadedNamespace('translation', { lng: 'nb' })).toBe(false);
    expect(i18n.t('app.name', { lng: 'en' })).toBe(en.app.name);
  });

  test('another language loads on demand, with the same copy as the bundled one', async () => {
    const { i18n, ready } = createLazyI18n('nb');
    await ready;
    expect(i18n.t('app.name', { lng: 'nb' })).toBe(nb.app.name);
    await i18n.loadLanguages('en');
    expect(i18n.getResourceBundle('en', 'translation')).toEqual(en);
    expect(i18n.getResourceBundle('nb', 'translation')).toEqual(nb);
  });
});
