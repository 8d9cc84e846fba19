import { useRoutes } from 'react-router';
import type { RouteObject } from 'react-router';
import { WizardPage } from './wizard-page.tsx';
import { RootPage } from './root-page.tsx';

/** The app's routes: `/` picks a language; every other path is parsed by the wizard itself (see paths.ts). */
export const routes: RouteObject[] = [
  { path: '/', Component: RootPage },
  { path: '*', Component: WizardPage },
];

/**
 * The routes rendered inside a declarative router (BrowserRouter in the browser, StaticRouter when prerendering).
 * The app uses no loaders or actions, and the data router would add 16.5 KB gzip of JavaScript to every page.
 */
export function AppRoutes() {
  return useRoutes(routes);
}
