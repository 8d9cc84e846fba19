import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { loadStored, pathnameOf, renderAt } from '../../test-utils.tsx';
import { tree } from '../../../src/shared/compiled-tree.ts';
import { findQuestion } from '../../../src/tree/resolve.ts';
import { resettableBy } from '../../../src/tree/verdict.ts';
import { heading } from '../../tree-text.ts';

const options = () =>
  within(screen.getByRole('main'))
    .getAllByRole('listitem')
    .map((li) => within(li).getByRole('link'));

const remember = (remembered: Record<string, string>) =>
  loadStored(JSON.stringify({ state: { remembered, recent: [] }, version: 1 }));

describe('the question page', () => {
  test('the question is the only h1, with the symptom above it and the hint below', () => {
    renderAt('/nb/other-problem/');
    const h1s = screen.getAllByRole('heading', { level: 1 });
    expect(h1s).toHaveLength(1);
    const question = findQuestion(tree, 'your-role');
    expect(h1s[0]).toHaveTextContent(question?.label.nb ?? '');
    expect(screen.getByText(heading('other-problem'))).toBeInTheDocument();
    expect(screen.getByText(question?.hint?.nb ?? 'no hint')).toBeInTheDocument();
  });

  test('a question without a hint shows none', () => {
    renderAt('/nb/policy-testing/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Hvilken konto testet du policyen med?',
    );
    expect(document.querySelector('.hint')).toBeNull();
  });

  test.each([
    ['/nb/other-problem/', 'Spørsmål 1 av høyst 3'],
    ['/nb/other-problem/your-role/user-admin/', 'Spørsmål 2 av høyst 3'],
    ['/nb/other-problem/your-role/user-admin/licence/not-sure/', 'Spørsmål 3 av høyst 3'],
    ['/nb/on-prem-integration-not-visible/', 'Spørsmål 1 av høyst 2'],
    ['/nb/on-prem-integration-not-visible/synced-users/synced/', 'Spørsmål 2 av høyst 2'],
    ['/nb/policy-testing/', 'Spørsmål 1 av høyst 1'],
    ['/nb/deploy-without-registration/', 'Spørsmål 1 av høyst 1'],
    ['/en/other-problem/your-role/user-admin/', 'Question 2 of at most 3'],
  ])('%s shows "%s"', (path, progress) => {
    renderAt(path);
    expect(screen.getByText(progress)).toBeInTheDocument();
  });

  test('the options are links to the next states’ URLs, in order, "not sure" last', () => {
    renderAt('/nb/other-problem/');
    const links = options();
    const question = findQuestion(tree, 'your-role');
    expect(links.map((a) => a.textContent)).toEqual(question?.options.map((o) => o.label.nb));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      question?.options.map((o) => `/nb/other-problem/your-role/${o.id}/`),
    );
    expect(question?.options.at(-1)?.unsure).toBe(true);
  });

  test('asked about the user’s other roles, the page lists exactly the roles your role can reset', () => {
    renderAt('/en/reset-button-greyed-out/your-role/password-admin/target-account/cloud-member/');
    const list = screen.getByRole('list', { name: /Password Administrator/ });
    const names = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.toLowerCase());
    const expected = resettableBy(tree.roles, 'password-admin')
      .filter((id) => id !== 'no-admin-role')
      .map((id) => tree.roles.roles.find((r) => r.id === id)?.name.en.toLowerCase());
    expect(names).toEqual(expected);
    expect(names).toContain('password administrator');
    expect(names).not.toContain('helpdesk administrator');
  });

  test('an option whose answer ends the questions links straight to the remedy URL', () => {
    renderAt('/nb/on-prem-integration-not-visible/');
    expect(options().map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      [
        'Nei, alle brukerne finnes bare i skyen',
        '/nb/on-prem-integration-not-visible/synced-users/cloud-only/',
      ],
      ['Ja, noen eller alle synkroniseres', '/nb/on-prem-integration-not-visible/synced-users/synced/'],
      ['Vet ikke', '/nb/on-prem-integration-not-visible/synced-users/not-sure/'],
    ]);
  });

  test('a later question’s options carry the earlier answers', () => {
    renderAt('/nb/other-problem/your-role/user-admin/');
    expect(options()[0]).toHaveAttribute(
      'href',
      '/nb/other-problem/your-role/user-admin/licence/entra-id-free/',
    );
    expect(options().at(-1)).toHaveTextContent('Vet ikke');
  });

  test('clicking an option goes to the next question', async () => {
    const { router, user } = renderAt('/nb/other-problem/');
    await user.click(screen.getByRole('link', { name: 'Brukeradministrator' }));
    expect(pathnameOf(router)).toBe('/nb/other-problem/your-role/user-admin/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Hvilken lisens har brukerne som skal tilbakestille passord?',
    );
  });

  test('the first question’s Back link goes to the start page', () => {
    renderAt('/nb/policy-testing/');
    expect(screen.getByRole('link', { name: '← Tilbake' })).toHaveAttribute('href', '/nb/');
  });

  test('a later question’s Back link goes to the previous question', () => {
    renderAt('/nb/other-problem/your-role/user-admin/licence/not-sure/');
    expect(screen.getByRole('link', { name: '← Tilbake' })).toHaveAttribute(
      'href',
      '/nb/other-problem/your-role/user-admin/',
    );
  });

  test('in English, question, options and Back are English', () => {
    renderAt('/en/policy-testing/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Which account did you test the policy with?',
    );
    expect(options().map((a) => a.textContent)).toEqual([
      'An account with an admin role',
      'An ordinary user with no admin role',
      'Not sure',
    ]);
    expect(screen.getByRole('link', { name: '← Back' })).toHaveAttribute('href', '/en/');
    expect(screen.getByText('Question 1 of at most 1')).toBeInTheDocument();
  });
});

describe('the answer given last time', () => {
  test('is marked, and nothing is chosen for the user', async () => {
    await remember({ 'synced-users': 'synced' });
    const { router } = renderAt('/nb/on-prem-integration-not-visible/');
    const links = options();
    expect(links[1]).toHaveTextContent('Ja, noen eller alle synkroniseres (ditt svar sist)');
    expect(links[0]).not.toHaveTextContent('ditt svar sist');
    expect(links[2]).not.toHaveTextContent('ditt svar sist');
    expect(screen.getAllByText(/ditt svar sist/)).toHaveLength(1);
    // Still on the question: the page waits for a click.
    expect(pathnameOf(router)).toBe('/nb/on-prem-integration-not-visible/');
    expect(links[1]).toHaveAttribute('href', '/nb/on-prem-integration-not-visible/synced-users/synced/');
  });

  test('is marked in English too', async () => {
    await remember({ licence: 'entra-id-p1-p2' });
    renderAt('/en/other-problem/your-role/global-admin/');
    expect(screen.getByRole('link', { name: /Microsoft Entra ID P1 or P2/ })).toHaveTextContent(
      '(your answer last time)',
    );
  });

  test('is not marked for a question the store must not remember', async () => {
    await remember({ 'tested-as': 'admin-account' });
    renderAt('/nb/policy-testing/');
    expect(screen.queryByText(/ditt svar sist/)).not.toBeInTheDocument();
  });

  test('a remembered option the question does not have marks nothing', async () => {
    await remember({ 'synced-users': 'sometimes' });
    renderAt('/nb/on-prem-integration-not-visible/');
    expect(screen.queryByText(/ditt svar sist/)).not.toBeInTheDocument();
  });
});
