import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useStore } from '../src/app/store.ts';

afterEach(() => {
  cleanup();
  // One store for the whole app: every test starts from its empty initial state.
  useStore.setState(useStore.getInitialState(), true);
  localStorage.clear();
});
