/** The app in the browser, loaded by boot-loader.ts after the first paint: hydrates the prerendered page (or renders a fresh one). */
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { PAGE_HEAD_SELECTOR } from './page-meta.tsx';
import { AppRoutes } from './routes.tsx';
import { useStore } from '../shared/store.ts';
import { loadPath, loadText, tree } from '../shared/compiled-tree.ts';
import { ReadyMarker, startupFinished } from '../shared/ready-marker.tsx';
import { createLazyI18n } from '../i18n/lazy-i18n.ts';
import { placePath, parsePath, symptomPath } from '../tree/paths.ts';
import type { Place } from '../tree/state.ts';
import { registerWorker, VisitedPages } from './register-worker.tsx';

/**
 * Loads what the page at a path shows: its symptom's structure (before the path can be parsed), then its words,
 * in as many rounds as they need (a code page learns its symptom from the codes' part). False when a part failed.
 */
async function loadPage(pathname: string): Promise<{ page: Place; loaded: boolean }> {
  if ((await loadPath(pathname)) === false) return { page: parsePath(tree, pathname), loaded: false };
  for (;;) {
    const page = parsePath(tree, pathname);
    const pending = loadText(page);
    if (pending === undefined) return { page, loaded: true };
    if (!(await pending)) return { page, loaded: false };
  }
}

// Hydration must render what the server rendered, so the page's structure and words (src/shared/text-loader.ts)
// and its language's UI copy are loaded first, side by side.
const { i18n, ready } = createLazyI18n(parsePath(tree, window.location.pathname).lang);
const [{ page, loaded: textLoaded }] = await Promise.all([
  loadPage(window.location.pathname),
  ready.catch(() => undefined),
]);
// Not hasLoadedNamespace: i18next counts a failed load as no longer pending, and the page would show bare keys.
const copyLoaded = i18n.hasResourceBundle(page.lang, 'translation');

const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      {/* A step renders at once (no time slicing); a page whose words are still loading keeps the last page shown. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
        <ReadyMarker />
        <VisitedPages />
      </BrowserRouter>
    </I18nextProvider>
  </StrictMode>
);
const container = document.getElementById('root') as HTMLElement;
// A prerendered page is hydrated only when it was rendered for this very path (404.html serves any other path).
if (container.dataset.path === window.location.pathname) {
  // Without its words or UI copy the page stays as prerendered: plain links that work without JavaScript.
  // In a transition, hydration yields to the browser every few milliseconds instead of one long task.
  if (textLoaded && copyLoaded) startTransition(() => void hydrateRoot(container, app));
} else if (textLoaded && copyLoaded) {
  // A fresh render adds its own head tags beside the prerendered ones: drop those 404.html was rendered with.
  document.querySelectorAll(PAGE_HEAD_SELECTOR).forEach((element) => element.remove());
  createRoot(container).render(app);
} else {
  // Without its words the page cannot be rendered here: a URL with a prerendered page of its own (a reordered or
  // stale one) goes there, once (that page is hydrated or stays as it was built); any other keeps the 404 page.
  // Without the symptom's structure its answers cannot be replayed: the symptom's first step is the prerendered
  // page nearest to a path of that symptom (its answers are lost, but the page works).
  const canonical =
    loadPath(window.location.pathname) === undefined
      ? placePath(tree, page)
      : page.kind === 'flow'
        ? symptomPath(page.lang, page.state.symptom)
        : undefined;
  if (canonical !== undefined && canonical !== window.location.pathname) window.location.replace(canonical);
}
await useStore.persist.rehydrate();
startupFinished();
// Offline after a visit: the worker is registered once the page is up and running.
registerWorker();
