import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useStore } from '../src/shared/store.ts';

afterEach(() => {
  cleanup();
  // One store for the whole app: every test starts from its empty initial state.
  useStore.setState(useStore.getInitialState(), true);
  // Tests of Node-only code run without a DOM.
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
