import type { RouteObject } from 'react-router';
import { WizardPage } from '../features/wizard/wizard-page.tsx';
import { RootPage } from './root-page.tsx';

/** The app's routes: `/` picks a language; every other path is parsed by the wizard itself (see paths.ts). */
export const routes: RouteObject[] = [
  { path: '/', Component: RootPage },
  { path: '*', Component: WizardPage },
];
