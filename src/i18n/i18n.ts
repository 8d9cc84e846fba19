import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nb from './nb.json';
import { I18N_OPTIONS } from './options.ts';

/** The UI copy per language; article text travels in the compiled tree instead. */
const resources = { nb: { translation: nb }, en: { translation: en } } as const;

/**
 * Creates an i18next instance with every language bundled, ready synchronously: for prerendering and tests, where
 * size does not matter. The browser loads one language at a time instead (see lazy-i18n.ts).
 */
export function createI18n() {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({ ...I18N_OPTIONS, resources, lng: 'nb', initAsync: false });
  return instance;
}
