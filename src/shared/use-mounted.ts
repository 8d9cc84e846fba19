import { startTransition, useEffect, useState } from 'react';

/** Set by the first mounted component: a component mounting later renders its JavaScript-only controls at once. */
let hydrated = false;

/**
 * False during prerender and the hydrating render, true after: for controls that need JavaScript. The switch after
 * hydration is a transition, so the re-render it causes is time-sliced instead of one more long start-up task.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(hydrated);
  useEffect(() => {
    hydrated = true;
    if (!mounted) startTransition(() => setMounted(true));
  }, [mounted]);
  return mounted;
}
