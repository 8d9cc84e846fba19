import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { STORE_VERSION, useStore } from '../../src/shared/store.ts';
import { loadStored, pathnameOf, renderAt } from '../test-utils.tsx';
import { heading } from '../tree-text.ts';

const ON_PREM = '/nb/tab-missing/';

describe('a URL that is not canonical is replaced by the canonical one', () => {
  test.each([
    ['a missing trailing slash', '/nb/reset-steps', '/nb/reset-steps/'],
    ['a bare language', '/en', '/en/'],
    ['reordered pairs', `${ON_PREM}writeback/on/sync/synced/`, `${ON_PREM}sync/synced/writeback/on/`],
    [
      'an unknown pair',
      '/nb/policy-test/colour/blue/tested-with/admin-account/',
      '/nb/policy-test/tested-with/admin-account/',
    ],
    ['an unknown option', '/nb/policy-test/tested-with/maybe/', '/nb/policy-test/'],
    [
      'a repeated pair (the first counts)',
      '/nb/policy-test/tested-with/admin-account/tested-with/ordinary-user/',
      '/nb/policy-test/tested-with/admin-account/',
    ],
    ['a trailing half pair', '/nb/policy-test/tested-with/', '/nb/policy-test/'],
    [
      'an answer to a question this path does not ask',
      `${ON_PREM}sync/cloud-only/writeback/on/`,
      `${ON_PREM}sync/cloud-only/`,
    ],
    ['answers to a symptom without questions', '/en/reset-steps/role/global-admin/', '/en/reset-steps/'],
  ])('%s: %s -> %s', async (_, from, to) => {
    const { router } = renderAt(from);
    await waitFor(() => expect(pathnameOf(router)).toBe(to));
    // Replaced, so Back does not return to the bad URL.
    expect(router.state.historyAction).toBe('REPLACE');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  test('a later answer kept while an earlier one is missing stays in the URL, to be replayed', async () => {
    const { router } = renderAt(`${ON_PREM}writeback/on/`);
    expect(pathnameOf(router)).toBe(`${ON_PREM}writeback/on/`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Synkroniseres testbrukerne?');
  });

  test('the query and the hash are kept', async () => {
    const { router } = renderAt('/nb/reset-steps?utm=x#item-step-sign-in');
    await waitFor(() => expect(pathnameOf(router)).toBe('/nb/reset-steps/'));
    expect(router.state.location.search).toBe('?utm=x');
    expect(router.state.location.hash).toBe('#item-step-sign-in');
  });
});

describe('the store', () => {
  test('remembers only answers to questions marked remember', async () => {
    renderAt('/nb/policy-test/tested-with/admin-account/');
    await waitFor(() => expect(useStore.getState().recent).toEqual(['policy-test']));
    expect(useStore.getState().remembered).toEqual({});
  });

  test('remembers the role, licence and hybrid answers of a path', async () => {
    renderAt(`${ON_PREM}sync/synced/writeback/on/`);
    await waitFor(() => expect(useStore.getState().remembered).toEqual({ sync: 'synced', writeback: 'on' }));
  });

  test('does not remember a "not sure" answer', async () => {
    renderAt(`${ON_PREM}sync/synced/writeback/not-sure/`);
    await waitFor(() => expect(useStore.getState().remembered).toEqual({ sync: 'synced' }));
  });

  test('remembers the answers of the state reached, not the ones a bad URL carried', async () => {
    const { router } = renderAt(`${ON_PREM}sync/cloud-only/writeback/on/`);
    await waitFor(() => expect(pathnameOf(router)).toBe(`${ON_PREM}sync/cloud-only/`));
    // The store is written once the step has painted.
    await waitFor(() => expect(useStore.getState().remembered).toEqual({ sync: 'cloud-only' }));
  });

  test('lists recent symptoms, at most three, most recent first, without duplicates', async () => {
    const { router } = renderAt('/nb/reset-steps/');
    for (const symptom of ['policy-test', 'user-message', 'reset-steps', 'other-problem']) {
      await act(() => router.navigate(`/nb/${symptom}/`));
      // A visit is recorded once the page has painted.
      await waitFor(() => expect(useStore.getState().recent[0]).toBe(symptom));
    }
    await waitFor(() =>
      expect(useStore.getState().recent).toEqual(['other-problem', 'reset-steps', 'user-message']),
    );
  });

  /** Runs the timers every page's bookkeeping waits on (its paint, or the fallback timer) past their deadline. */
  async function pastEveryPaint() {
    await act(() => vi.advanceTimersByTimeAsync(300));
  }

  test('a step within a symptom does not add it twice', async () => {
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    const { router } = renderAt('/nb/policy-test/');
    await pastEveryPaint();
    expect(useStore.getState().recent).toEqual(['policy-test']);
    await act(() => router.navigate('/nb/policy-test/tested-with/ordinary-user/'));
    // The second step's write has run by now; it added nothing.
    await pastEveryPaint();
    expect(useStore.getState().recent).toEqual(['policy-test']);
  });

  test('the start page, the about page and a not-found page are not recent symptoms', async () => {
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    const { router } = renderAt('/nb/');
    await act(() => router.navigate('/nb/about/'));
    await act(() => router.navigate('/nb/finnes-ikke/'));
    await pastEveryPaint();
    expect(useStore.getState().recent).toEqual([]);
    // The same wait records a symptom page's visit: the pages above were passed over, not missed.
    await act(() => router.navigate('/nb/user-message/'));
    await pastEveryPaint();
    expect(useStore.getState().recent).toEqual(['user-message']);
  });
});

describe('corrupt storage', () => {
  test.each([
    ['a junk string', '}{ not json'],
    ['truncated JSON', '{"state":{"remembered":{"licence":"entra-'],
    ['a wrong shape', JSON.stringify({ state: ['reset-steps'], version: STORE_VERSION })],
    ['a future version', JSON.stringify({ state: { remembered: 'all', recent: 5 }, version: 99 })],
    [
      'remembered values that are not strings',
      JSON.stringify({
        state: { remembered: { sync: 1, writeback: ['on'] }, recent: [] },
        version: STORE_VERSION,
      }),
    ],
  ])('%s is dropped without an error and the app renders', async (_, raw) => {
    const error = vi.spyOn(console, 'error');
    await loadStored(raw);
    renderAt(`${ON_PREM}sync/synced/`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Er testtilbakeskriving på?');
    expect(screen.queryByText(/ditt svar sist/)).not.toBeInTheDocument();
    expect(error).not.toHaveBeenCalled();
  });

  test('the start page renders with junk recent symptoms', async () => {
    await loadStored(JSON.stringify({ state: { recent: [null, 3, { id: 'reset-steps' }] }, version: 1 }));
    renderAt('/nb/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hva ser du?');
    expect(screen.queryByRole('region', { name: 'Nylig åpnet' })).not.toBeInTheDocument();
  });

  test('a future version keeps what still has the right shape', async () => {
    await loadStored(
      JSON.stringify({ state: { remembered: { writeback: 'off' }, recent: ['reset-steps'] }, version: 99 }),
    );
    renderAt(`${ON_PREM}sync/synced/`);
    expect(screen.getByRole('link', { name: /^Nei, den er av/ })).toHaveTextContent('(ditt svar sist)');
  });
});

describe('the page title', () => {
  test.each([
    ['/nb/', 'Hva ser du? – Feilsøke tilbakestilling av passord'],
    ['/en/', 'What do you see? – Password reset troubleshooter'],
    ['/nb/policy-test/', `Hvilken konto testet du med? – ${heading('policy-test')}`],
    ['/en/reset-steps/', `Remedy: ${heading('reset-steps', 'en')}`],
  ])('%s: %s', async (path, title) => {
    renderAt(path);
    await waitFor(() => expect(document.title).toBe(title));
  });
});
