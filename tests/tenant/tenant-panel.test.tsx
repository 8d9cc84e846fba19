/**
 * "Find out from your tenant" on a question of its own, in jsdom: the button, then the panel (sign-in stubbed,
 * Graph answered by a stubbed fetch): the evidence and the answer to confirm, the user typed and checked, a 403
 * said in plain words with no answer offered, and sign-out back to the sign-in button.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { LangContext } from '../../src/shared/lang-context.tsx';
import type { Question, TenantCheck } from '../../src/tree/compiled.ts';
import { TenantCheckButton } from '../../src/tenant/tenant-check.tsx';

const auth = vi.hoisted(() => ({
  signedIn: true,
  signIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}));
vi.mock('../../src/tenant/auth.ts', () => ({
  signedInAccount: async () =>
    auth.signedIn ? { localAccountId: 'me-id', username: 'adele@contoso.com', name: 'Adele' } : undefined,
  accessToken: async () => 'token',
  signIn: auth.signIn,
  signOut: async () => {
    auth.signedIn = false;
    await auth.signOut();
  },
}));

const config = { clientId: 'c', authority: 'https://login.example', scopes: ['User.Read.All'] };
const question: Question = {
  id: 'colour',
  label: { nb: 'Farge?', en: 'Colour?' },
  remember: false,
  options: [
    { id: 'grey', label: { nb: 'Grå', en: 'Grey' } },
    { id: 'blue', label: { nb: 'Blå', en: 'Blue' } },
    { id: 'not-sure', label: { nb: 'Vet ikke', en: 'Not sure' }, unsure: true },
  ],
};
const check: TenantCheck = {
  path: '/users/{user}?$select=colour',
  scope: 'User.Read.All',
  read: ['colour'],
  answers: [{ if: ['grey'], answer: 'grey' }],
  checked: '2026-12-05',
  source: { url: 'https://learn.microsoft.com/graph/api/user-get', host: 'learn.microsoft.com' },
};

function renderButton() {
  const router = createMemoryRouter(
    [
      {
        path: '/q/',
        element: (
          <LangContext value="en">
            <TenantCheckButton
              config={config}
              question={question}
              check={check}
              pathFor={(a) => `/a/${a}/`}
            />
          </LangContext>
        ),
      },
      { path: '/a/:answer/', element: <p>answered</p> },
    ],
    { initialEntries: ['/q/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const graph = (status: number, body: unknown) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );

beforeEach(() => {
  auth.signedIn = true;
});

describe('find out from your tenant', () => {
  test('reads once the user is typed and checked, shows the evidence, and one click confirms', async () => {
    graph(200, { colour: 'grey' });
    const user = userEvent.setup();
    const router = renderButton();
    await user.click(await screen.findByRole('button', { name: 'Find out from your tenant' }));
    const input = await screen.findByLabelText('The user whose password it is (user name or object id)');
    await user.type(input, 'not a user');
    await user.click(screen.getByRole('button', { name: 'Read from the tenant' }));
    expect(await screen.findByText(/Type a user name/)).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox'));
    await user.type(screen.getByRole('textbox'), 'lee@contoso.com');
    await user.click(screen.getByRole('button', { name: 'Read from the tenant' }));
    expect(await screen.findByText('colour: "grey"')).toBeInTheDocument();
    expect(screen.getByText(/for lee@contoso.com/)).toBeInTheDocument();
    expect(screen.getByText(/The answer from your tenant: Grey/)).toHaveTextContent('read from the tenant');
    const url = vi.mocked(fetch).mock.calls[0]?.[0];
    expect(url).toBe('https://graph.microsoft.com/v1.0/users/lee%40contoso.com?$select=colour');
    await user.click(screen.getByRole('link', { name: 'Confirm this answer' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/a/grey/'));
  });

  test('a 403 names the scope and offers no answer; sign-out brings back the sign-in', async () => {
    graph(403, { error: { code: 'Authorization_RequestDenied' } });
    const user = userEvent.setup();
    renderButton();
    // Asked once on this visit (the test above), the check opens at once with the user still in memory; alone,
    // it needs the click and the user. A new page load forgets both.
    const first = await screen.findByRole('button', { name: /Find out from your tenant|Sign out/ });
    if (first.textContent === 'Find out from your tenant') {
      await user.click(first);
      await user.type(await screen.findByRole('textbox'), 'lee@contoso.com');
      await user.click(screen.getByRole('button', { name: 'Read from the tenant' }));
    }
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('403, Authorization_RequestDenied');
    expect(alert).toHaveTextContent('User.Read.All');
    expect(screen.queryByRole('link', { name: 'Confirm this answer' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in with Microsoft' })).toBeInTheDocument();
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Sign in with Microsoft' }));
    });
    expect(auth.signIn).toHaveBeenCalledWith(config);
    expect(JSON.parse(sessionStorage.getItem('sspr-tenant-resume') ?? '{}')).toEqual({
      path: location.pathname,
      question: 'colour',
    });
  });
});
