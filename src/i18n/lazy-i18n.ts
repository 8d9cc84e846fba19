import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { I18N_OPTIONS } from './options.ts';
import type { UiLang } from './options.ts';

/** Each language's UI copy, a chunk of its own: a page downloads only its own language's. */
const COPY: Record<UiLang, () => Promise<{ default: unknown }>> = {
  nb: () => import('./nb.json'),
  en: () => import('./en.json'),
};

/**
 * Creates the browser's i18next instance, which loads the UI copy of a language when a page first needs it. The
 * promise resolves once the copy of `lang` (the first page's language) is there. A page in another language waits
 * for its copy through react-i18next's suspense (`useTranslation` with `lng` loads that language).
 */
export function createLazyI18n(lang: UiLang) {
  const instance = i18next.createInstance();
  const ready = instance
    .use(resourcesToBackend((language: string) => COPY[language as UiLang]()))
    .use(initReactI18next)
    .init({ ...I18N_OPTIONS, lng: lang, ns: ['translation'], defaultNS: 'translation' });
  return { i18n: instance, ready };
}
