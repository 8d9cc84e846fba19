import { useEffect, useRef } from 'react';

/**
 * Moves focus to the page's heading when the page changes after the first render (a step of the wizard), so a
 * screen reader announces the new question; the first load keeps the browser's own focus.
 */
export function useHeadingFocus<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}
