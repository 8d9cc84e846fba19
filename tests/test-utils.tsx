import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../src/app/routes.tsx';
import { STORAGE_KEY, useStore } from '../src/shared/store.ts';
import { createI18n } from '../src/i18n/i18n.ts';

/**
 * Renders the whole app at a path with a memory router, as entry-client.tsx does with the browser router (StrictMode too). The page's
 * window URL is set to the same path (the copy buttons read `window.location`, which a browser router keeps in step).
 * Returns the router (read `router.state.location.pathname`) and a userEvent instance.
 */
export function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup({ delay: null });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <StrictMode>
      <I18nextProvider i18n={createI18n()}>
        <RouterProvider router={router} />
      </I18nextProvider>
    </StrictMode>,
  );
  return { ...result, router, user };
}

/** Writes a raw value where the store persists, then lets the store read it, as entry-client.tsx does on load. */
export async function loadStored(raw: string) {
  localStorage.setItem(STORAGE_KEY, raw);
  await useStore.persist.rehydrate();
}

/** The current pathname of a router. */
export function pathnameOf(router: { state: { location: { pathname: string } } }) {
  return router.state.location.pathname;
}
