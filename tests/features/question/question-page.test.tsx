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
    const question = findQuestion(tree, 'role');
    expect(h1s[0]).toHaveTextContent(question?.label.nb ?? '');
    expect(screen.getByText(heading('other-problem'))).toBeInTheDocument();
    expect(screen.getByText(question?.hint?.nb ?? 'no hint')).toBeInTheDocument();
  });

  test('a question without a hint shows none', () => {
    renderAt('/nb/policy-test/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hvilken konto testet du med?');
    expect(document.querySelector('.hint')).toBeNull();
  });

  test.each([
    ['/nb/other-problem/', 'Spørsmål 1 av høyst 3'],
    ['/nb/other-problem/role/helpdesk-admin/', 'Spørsmål 2 av høyst 3'],
    ['/nb/other-problem/role/helpdesk-admin/licence/not-sure/', 'Spørsmål 3 av høyst 3'],
    ['/nb/tab-missing/', 'Spørsmål 1 av høyst 2'],
    ['/nb/tab-missing/sync/synced/', 'Spørsmål 2 av høyst 2'],
    ['/nb/policy-test/', 'Spørsmål 1 av høyst 1'],
    ['/nb/button-disabled/', 'Spørsmål 1 av høyst 3'],
    ['/en/other-problem/role/helpdesk-admin/', 'Question 2 of at most 3'],
  ])('%s shows "%s"', (path, progress) => {
    renderAt(path);
    expect(screen.getByText(progress)).toBeInTheDocument();
  });

  test('the options are links to the next states’ URLs, in order, "not sure" last', () => {
    renderAt('/nb/other-problem/');
    const links = options();
    const question = findQuestion(tree, 'role');
    expect(links.map((a) => a.textContent)).toEqual(question?.options.map((o) => o.label.nb));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      question?.options.map((o) => `/nb/other-problem/role/${o.id}/`),
    );
    expect(question?.options.at(-1)?.unsure).toBe(true);
  });

  test('asked about the user’s other roles, the page lists exactly the roles your role can reset', () => {
    renderAt('/en/button-disabled/role/helpdesk-admin/target/cloud-member/');
    const list = screen.getByRole('list', { name: /Test Helpdesk/ });
    const names = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.toLowerCase());
    const expected = resettableBy(tree.roles, 'helpdesk-admin')
      .filter((id) => id !== 'no-admin-role')
      .map((id) => tree.roles.roles.find((r) => r.id === id)?.name.en.toLowerCase());
    expect(names).toEqual(expected);
    expect(names).toContain('test helpdesk');
    expect(names).not.toContain('global test admin');
  });

  test('an option whose answer ends the questions links straight to the remedy URL', () => {
    renderAt('/nb/tab-missing/');
    expect(options().map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Nei, bare i skyen', '/nb/tab-missing/sync/cloud-only/'],
      ['Ja, de synkroniseres', '/nb/tab-missing/sync/synced/'],
      ['Vet ikke', '/nb/tab-missing/sync/not-sure/'],
    ]);
  });

  test('a later question’s options carry the earlier answers', () => {
    renderAt('/nb/other-problem/role/helpdesk-admin/');
    expect(options()[0]).toHaveAttribute('href', '/nb/other-problem/role/helpdesk-admin/licence/free/');
    expect(options().at(-1)).toHaveTextContent('Vet ikke');
  });

  test('clicking an option goes to the next question', async () => {
    const { router, user } = renderAt('/nb/other-problem/');
    await user.click(screen.getByRole('link', { name: 'Testbrukerstøtte' }));
    expect(pathnameOf(router)).toBe('/nb/other-problem/role/helpdesk-admin/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Hvilken testlisens har brukerne?',
    );
  });

  test('the first question’s Back link goes to the start page', () => {
    renderAt('/nb/policy-test/');
    expect(screen.getByRole('link', { name: '← Tilbake' })).toHaveAttribute('href', '/nb/');
  });

  test('a later question’s Back link goes to the previous question', () => {
    renderAt('/nb/other-problem/role/helpdesk-admin/licence/not-sure/');
    expect(screen.getByRole('link', { name: '← Tilbake' })).toHaveAttribute(
      'href',
      '/nb/other-problem/role/helpdesk-admin/',
    );
  });

  test('in English, question, options and Back are English', () => {
    renderAt('/en/policy-test/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Which account did you test with?');
    expect(options().map((a) => a.textContent)).toEqual([
      'A test admin',
      'An ordinary test user',
      'Not sure',
    ]);
    expect(screen.getByRole('link', { name: '← Back' })).toHaveAttribute('href', '/en/');
    expect(screen.getByText('Question 1 of at most 1')).toBeInTheDocument();
  });
});

describe('the answer given last time', () => {
  test('is marked, and nothing is chosen for the user', async () => {
    await remember({ sync: 'synced' });
    const { router } = renderAt('/nb/tab-missing/');
    const links = options();
    expect(links[1]).toHaveTextContent('Ja, de synkroniseres (ditt svar sist)');
    expect(links[0]).not.toHaveTextContent('ditt svar sist');
    expect(links[2]).not.toHaveTextContent('ditt svar sist');
    expect(screen.getAllByText(/ditt svar sist/)).toHaveLength(1);
    // Still on the question: the page waits for a click.
    expect(pathnameOf(router)).toBe('/nb/tab-missing/');
    expect(links[1]).toHaveAttribute('href', '/nb/tab-missing/sync/synced/');
  });

  test('is marked in English too', async () => {
    await remember({ licence: 'premium' });
    renderAt('/en/other-problem/role/global-admin/');
    expect(screen.getByRole('link', { name: /Premium test licence/ })).toHaveTextContent(
      '(your answer last time)',
    );
  });

  test('is not marked for a question the store must not remember', async () => {
    await remember({ 'tested-with': 'admin-account' });
    renderAt('/nb/policy-test/');
    expect(screen.queryByText(/ditt svar sist/)).not.toBeInTheDocument();
  });

  test('a remembered option the question does not have marks nothing', async () => {
    await remember({ sync: 'sometimes' });
    renderAt('/nb/tab-missing/');
    expect(screen.queryByText(/ditt svar sist/)).not.toBeInTheDocument();
  });
});
