import type { InitOptions } from 'i18next';

/** The languages of the UI copy (the same as the tree's; src/i18n imports nothing of src/tree). */
export const UI_LANGS = ['nb', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The options every i18next instance of the app starts with: no fallback, no escaping (React escapes). */
export const I18N_OPTIONS = {
  fallbackLng: false,
  supportedLngs: [...UI_LANGS],
  interpolation: { escapeValue: false },
  returnNull: false,
} satisfies InitOptions;
