import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { PAGE_HEAD_SELECTOR } from './app/page-meta.tsx';
import { AppRoutes } from './app/routes.tsx';
import { useStore } from './app/store.ts';
import { loadText, tree } from './app/tree.ts';
import './app/styles.css';
import { createI18n } from './i18n/i18n.ts';
import { parsePath } from './tree/paths.ts';

const app = (
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </I18nextProvider>
  </StrictMode>
);
const container = document.getElementById('root') as HTMLElement;
// Hydration must render what the server rendered, so the page's words are loaded first (see src/app/tree.ts).
const textLoaded = (await loadText(parsePath(tree, window.location.pathname))) ?? true;
// A prerendered page is hydrated only when it was rendered for this very path (404.html serves any other path).
if (container.dataset.path === window.location.pathname) {
  // Without its words the page stays as prerendered: plain links that work without JavaScript.
  if (textLoaded) hydrateRoot(container, app);
} else {
  // A fresh render adds its own head tags beside the prerendered ones: drop those 404.html was rendered with.
  document.querySelectorAll(PAGE_HEAD_SELECTOR).forEach((element) => element.remove());
  createRoot(container).render(app);
}
void useStore.persist.rehydrate();
