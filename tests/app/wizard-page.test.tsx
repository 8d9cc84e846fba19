import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { STORE_VERSION, useStore } from '../../src/shared/store.ts';
import { loadStored, pathnameOf, renderAt } from '../test-utils.tsx';
import { heading } from '../tree-text.ts';

const ON_PREM = '/nb/on-prem-integration-not-visible/';

describe('a URL that is not canonical is replaced by the canonical one', () => {
  test.each([
    ['a missing trailing slash', '/nb/how-to-reset', '/nb/how-to-reset/'],
    ['a bare language', '/en', '/en/'],
    [
      'reordered pairs',
      `${ON_PREM}writeback/on/synced-users/synced/`,
      `${ON_PREM}synced-users/synced/writeback/on/`,
    ],
    [
      'an unknown pair',
      '/nb/policy-testing/colour/blue/tested-as/admin-account/',
      '/nb/policy-testing/tested-as/admin-account/',
    ],
    ['an unknown option', '/nb/policy-testing/tested-as/maybe/', '/nb/policy-testing/'],
    [
      'a repeated pair (the first counts)',
      '/nb/policy-testing/tested-as/admin-account/tested-as/ordinary-user/',
      '/nb/policy-testing/tested-as/admin-account/',
    ],
    ['a trailing half pair', '/nb/policy-testing/tested-as/', '/nb/policy-testing/'],
    [
      'an answer to a question this path does not ask',
      `${ON_PREM}synced-users/cloud-only/writeback/on/`,
      `${ON_PREM}synced-users/cloud-only/`,
    ],
    [
      'answers to a symptom without questions',
      '/en/how-to-reset/your-role/global-admin/',
      '/en/how-to-reset/',
    ],
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
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Synkroniseres brukerne fra en lokal Active Directory?',
    );
  });

  test('the query and the hash are kept', async () => {
    const { router } = renderAt('/nb/how-to-reset?utm=x#item-step-sign-in');
    await waitFor(() => expect(pathnameOf(router)).toBe('/nb/how-to-reset/'));
    expect(router.state.location.search).toBe('?utm=x');
    expect(router.state.location.hash).toBe('#item-step-sign-in');
  });
});

describe('the store', () => {
  test('remembers only answers to questions marked remember', async () => {
    renderAt('/nb/policy-testing/tested-as/admin-account/');
    await waitFor(() => expect(useStore.getState().recent).toEqual(['policy-testing']));
    expect(useStore.getState().remembered).toEqual({});
  });

  test('remembers the role, licence and hybrid answers of a path', async () => {
    renderAt(`${ON_PREM}synced-users/synced/writeback/on/`);
    await waitFor(() =>
      expect(useStore.getState().remembered).toEqual({ 'synced-users': 'synced', writeback: 'on' }),
    );
  });

  test('does not remember a "not sure" answer', async () => {
    renderAt(`${ON_PREM}synced-users/synced/writeback/not-sure/`);
    await waitFor(() => expect(useStore.getState().remembered).toEqual({ 'synced-users': 'synced' }));
  });

  test('remembers the answers of the state reached, not the ones a bad URL carried', async () => {
    const { router } = renderAt(`${ON_PREM}synced-users/cloud-only/writeback/on/`);
    await waitFor(() => expect(pathnameOf(router)).toBe(`${ON_PREM}synced-users/cloud-only/`));
    // The store is written once the step has painted.
    await waitFor(() => expect(useStore.getState().remembered).toEqual({ 'synced-users': 'cloud-only' }));
  });

  test('lists recent symptoms, at most three, most recent first, without duplicates', async () => {
    const { router } = renderAt('/nb/how-to-reset/');
    for (const symptom of [
      'policy-testing',
      'm365-reset-not-written-back',
      'how-to-reset',
      'other-problem',
    ]) {
      await act(() => router.navigate(`/nb/${symptom}/`));
      // A visit is recorded once the page has painted.
      await waitFor(() => expect(useStore.getState().recent[0]).toBe(symptom));
    }
    await waitFor(() =>
      expect(useStore.getState().recent).toEqual([
        'other-problem',
        'how-to-reset',
        'm365-reset-not-written-back',
      ]),
    );
  });

  test('a step within a symptom does not add it twice', async () => {
    const { router, user } = renderAt('/nb/policy-testing/');
    await user.click(screen.getByRole('link', { name: 'En vanlig bruker uten administratorrolle' }));
    expect(pathnameOf(router)).toBe('/nb/policy-testing/tested-as/ordinary-user/');
    await waitFor(() => expect(useStore.getState().recent).toEqual(['policy-testing']));
    // Both steps' writes have run by now (each waits for its own paint); the second added nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(useStore.getState().recent).toEqual(['policy-testing']);
  });

  test('the start page, the about page and a not-found page are not recent symptoms', async () => {
    const { router } = renderAt('/nb/');
    await act(() => router.navigate('/nb/about/'));
    await act(() => router.navigate('/nb/finnes-ikke/'));
    // Past every page's paint and its fallback timer: a flow page's visit would have been written by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(useStore.getState().recent).toEqual([]);
  });
});

describe('corrupt storage', () => {
  test.each([
    ['a junk string', '}{ not json'],
    ['truncated JSON', '{"state":{"remembered":{"licence":"entra-'],
    ['a wrong shape', JSON.stringify({ state: ['how-to-reset'], version: STORE_VERSION })],
    ['a future version', JSON.stringify({ state: { remembered: 'all', recent: 5 }, version: 99 })],
    [
      'remembered values that are not strings',
      JSON.stringify({
        state: { remembered: { 'synced-users': 1, writeback: ['on'] }, recent: [] },
        version: STORE_VERSION,
      }),
    ],
  ])('%s is dropped without an error and the app renders', async (_, raw) => {
    const error = vi.spyOn(console, 'error');
    await loadStored(raw);
    renderAt(`${ON_PREM}synced-users/synced/`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Er tilbakeskriving av passord slått på?',
    );
    expect(screen.queryByText(/ditt svar sist/)).not.toBeInTheDocument();
    expect(error).not.toHaveBeenCalled();
  });

  test('the start page renders with junk recent symptoms', async () => {
    await loadStored(JSON.stringify({ state: { recent: [null, 3, { id: 'how-to-reset' }] }, version: 1 }));
    renderAt('/nb/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hva ser du?');
    expect(screen.queryByRole('region', { name: 'Nylig åpnet' })).not.toBeInTheDocument();
  });

  test('a future version keeps what still has the right shape', async () => {
    await loadStored(
      JSON.stringify({ state: { remembered: { writeback: 'off' }, recent: ['how-to-reset'] }, version: 99 }),
    );
    renderAt(`${ON_PREM}synced-users/synced/`);
    expect(screen.getByRole('link', { name: /^Nei, den er ikke slått på/ })).toHaveTextContent(
      '(ditt svar sist)',
    );
  });
});

describe('the page title', () => {
  test.each([
    ['/nb/', 'Hva ser du? – Feilsøking av tilbakestilling av passord'],
    ['/en/', 'What do you see? – Password reset troubleshooter'],
    ['/nb/policy-testing/', `Hvilken konto testet du policyen med? – ${heading('policy-testing')}`],
    ['/en/how-to-reset/', `Remedy: ${heading('how-to-reset', 'en')}`],
  ])('%s: %s', async (path, title) => {
    renderAt(path);
    await waitFor(() => expect(document.title).toBe(title));
  });
});
