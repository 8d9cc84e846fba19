/** The languages the wizard speaks, and values given once per language. */

/** The languages the wizard speaks. The first is the default. */
export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A value given once per language. */
export type PerLang<T> = Record<Lang, T>;
