import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../tree/lang.ts';

/** The language of the page being shown; it comes from the URL, never from a global setting. */
export const LangContext = createContext<Lang>('nb');

/** The page's language. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** The UI copy translator for the page's language (fixed per page, so prerender and hydration agree). */
export function usePageT() {
  const lang = useLang();
  return useTranslation('translation', { lng: lang }).t;
}
