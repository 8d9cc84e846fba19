/** The app in the browser: hydrates the prerendered page (or renders a fresh one), loaded by boot-loader.ts after first paint. */
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { PAGE_HEAD_SELECTOR } from './page-meta.tsx';
import { AppRoutes } from './routes.tsx';
import { useStore } from '../shared/store.ts';
import { loadText, tree } from '../shared/compiled-tree.ts';
import { ReadyMarker, startupFinished } from '../shared/ready-marker.tsx';
import { createLazyI18n } from '../i18n/lazy-i18n.ts';
import { parsePath } from '../tree/paths.ts';

/** Lets the browser run other tasks (input, paint) before the next piece of start-up work. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// Start-up runs as short tasks rather than one long one: evaluating the modules (above), creating the translator,
// loading the page's words, hydrating (time-sliced), reading storage. Each step below starts after a yield.
await yieldToBrowser();
const page = parsePath(tree, window.location.pathname);
// Hydration must render what the server rendered, so the page's words (src/shared/text-loader.ts) and its
// language's UI copy are loaded first, side by side.
const { i18n, ready } = createLazyI18n(page.lang);
const [textLoaded] = await Promise.all([loadText(page) ?? true, ready.catch(() => undefined)]);
const copyLoaded = i18n.hasLoadedNamespace('translation', { lng: page.lang });
// The first translation compiles i18next's lookup path: done here, not inside the first component's render.
i18n.t('app.name', { lng: page.lang });
await yieldToBrowser();

const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      {/* A step renders at once (no time slicing); a page whose words are still loading keeps the last page shown. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
        <ReadyMarker />
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
} else {
  // A fresh render adds its own head tags beside the prerendered ones: drop those 404.html was rendered with.
  document.querySelectorAll(PAGE_HEAD_SELECTOR).forEach((element) => element.remove());
  createRoot(container).render(app);
}
await yieldToBrowser();
await useStore.persist.rehydrate();
startupFinished();
