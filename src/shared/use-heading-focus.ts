import { useEffect, useRef } from 'react';

/**
 * Moves focus to the page's heading when the page changes after the first render (a step of the wizard), so a
 * screen reader announces the new question; the first load keeps the browser's own focus. It compares keys rather
 * than counting renders, so StrictMode's second effect run does not count as a step.
 */
export function useHeadingFocus<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    ref.current?.focus();
  }, [key]);
  return ref;
}
