import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nb from './nb.json';

/** The UI copy per language; article text travels in the compiled tree instead. */
export const resources = { nb: { translation: nb }, en: { translation: en } } as const;

/** Creates the app's i18next instance, ready synchronously (resources are bundled, nothing is fetched). */
export function createI18n() {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: 'nb',
    fallbackLng: false,
    supportedLngs: ['nb', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
