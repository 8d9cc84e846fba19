import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { READY_ATTRIBUTE } from '../../src/shared/ready-attribute.ts';
import { ReadyMarker, startupFinished } from '../../src/shared/ready-marker.tsx';

const ready = () => document.documentElement.getAttribute(READY_ATTRIBUTE);

afterEach(() => document.documentElement.removeAttribute(READY_ATTRIBUTE));

// In order: start-up finishes once per page load, and the module remembers it, as in the browser.
describe('ReadyMarker', () => {
  const router = () =>
    createMemoryRouter([{ path: '*', Component: ReadyMarker }], { initialEntries: ['/nb/'] });

  it('marks nothing before start-up has finished', async () => {
    await act(async () => render(<RouterProvider router={router()} />));
    expect(ready()).toBeNull();
  });

  it('marks the rendered path once start-up has finished, and each page a step leads to', async () => {
    const memory = router();
    await act(async () => render(<RouterProvider router={memory} />));
    expect(ready()).toBeNull();
    await act(async () => startupFinished());
    expect(ready()).toBe('/nb/');
    await act(async () => memory.navigate('/nb/how-to-reset/'));
    expect(ready()).toBe('/nb/how-to-reset/');
  });
});
