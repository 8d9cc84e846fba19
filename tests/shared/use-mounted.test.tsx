import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { useMounted as UseMounted } from '../../src/shared/use-mounted.ts';

let useMounted: typeof UseMounted;

// The module remembers that the app has hydrated; test files share modules (isolate: false), so take a fresh one.
beforeAll(async () => {
  vi.resetModules();
  ({ useMounted } = await import('../../src/shared/use-mounted.ts'));
});

/** Records every value useMounted returned, render by render. */
function probe(seen: boolean[]) {
  return function Probe() {
    const mounted = useMounted();
    seen.push(mounted);
    return <p data-testid="probe">{mounted ? 'with JavaScript' : 'plain'}</p>;
  };
}

// In order: the module remembers that the app has hydrated, as it does in the browser.
describe('useMounted', () => {
  it('is false when prerendered', () => {
    const Probe = probe([]);
    expect(renderToString(<Probe />)).toContain('plain');
  });

  it('is false in the hydrating render, so the markup matches, and true once hydrated', async () => {
    const seen: boolean[] = [];
    const Probe = probe(seen);
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Probe />);
    document.body.append(container);
    const errors: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, <Probe />, { onRecoverableError: (error) => errors.push(error) }),
    );
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
    expect(container.textContent).toBe('with JavaScript');
    expect(errors).toEqual([]);
    act(() => root.unmount());
    container.remove();
  });

  it('is true from the first render of a component mounted after hydration', () => {
    const seen: boolean[] = [];
    const Probe = probe(seen);
    render(<Probe />);
    expect(seen[0]).toBe(true);
    expect(screen.getByTestId('probe')).toHaveTextContent('with JavaScript');
  });
});
