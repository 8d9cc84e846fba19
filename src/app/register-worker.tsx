import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { afterPaint } from '../shared/after-paint.ts';
import { SERVICE_WORKER_URL } from '../sw/offline.ts';
import type { VisitedMessage } from '../sw/offline.ts';

/** The pages this document has shown, for a worker that takes control after they were shown. */
const shown = new Set<string>();

/** Names pages to the worker in control, if any, which stores each (src/sw/service-worker.ts). */
function tellWorker(paths: Iterable<string>): void {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return;
  for (const path of paths) worker.postMessage({ type: 'visited', path } satisfies VisitedMessage);
}

/**
 * Registers the service worker that keeps visited pages at hand offline (src/sw/service-worker.ts). Called by the
 * client entry once the app has started, so neither the first paint nor hydration waits for it; not in development,
 * where Vite serves no worker. Without JavaScript, or in a browser without service workers, nothing changes.
 */
export function registerWorker(
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
): void {
  if (!import.meta.env.PROD || !container) return;
  // On a first visit the worker takes control once installed: the pages shown until then are named to it.
  container.addEventListener('controllerchange', () => tellWorker(shown));
  // A refusal (storage off, a private window in some browsers) leaves the site as it is without a worker.
  container.register(SERVICE_WORKER_URL).catch(() => undefined);
}

/**
 * Tells the worker each page the app shows, once painted: a step taken inside the app fetches no HTML for the
 * worker to store, so it fetches the page itself. Renders nothing (beside the routes in the client entry).
 */
export function VisitedPages() {
  const { pathname } = useLocation();
  useEffect(
    () =>
      afterPaint(() => {
        shown.add(pathname);
        tellWorker([pathname]);
      }),
    [pathname],
  );
  return null;
}
