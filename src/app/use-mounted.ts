import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False during prerender and the hydrating render, true after: for controls that need JavaScript. */
export function useMounted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
