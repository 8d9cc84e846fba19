import { useEffect, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { READY_ATTRIBUTE } from './ready-attribute.ts';
import { useMounted } from './use-mounted.ts';

/** Whether start-up (hydration or the first render, then reading storage) has finished; set by the client entry. */
let started = false;
const listeners = new Set<() => void>();

/** Called by the client entry once start-up has finished: the marker may then be set. */
export function startupFinished(): void {
  started = true;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Sets `<html data-ready="/the/path/">` once the page for the current path is committed with its JavaScript-only
 * controls and start-up has finished; a step to another page moves it to that page's path once it is rendered.
 * Renders nothing, and only in the browser (beside the routes in the client entry).
 */
export function ReadyMarker() {
  const { pathname } = useLocation();
  const mounted = useMounted();
  const done = useSyncExternalStore(
    subscribe,
    () => started,
    () => false,
  );
  useEffect(() => {
    if (mounted && done) document.documentElement.setAttribute(READY_ATTRIBUTE, pathname);
  }, [mounted, done, pathname]);
  return null;
}
