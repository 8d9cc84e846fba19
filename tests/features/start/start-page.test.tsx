import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { tree } from '../../../src/shared/compiled-tree.ts';
import { STORE_VERSION } from '../../../src/shared/store.ts';
import { symptomPath } from '../../../src/tree/paths.ts';
import { loadStored, renderAt } from '../../test-utils.tsx';
import { heading, summary } from '../../tree-text.ts';

/** The symptom links in the main landmark (or in one section of it), as their hrefs. */
function symptomHrefs(container: HTMLElement = screen.getByRole('main')) {
  return within(container)
    .queryAllByRole('link')
    .map((a) => a.getAttribute('href'))
    .filter((href) => !href?.includes('/codes/'));
}

/** Every symptom's link, in the groups' order (tests/fixtures/site/groups.yaml). */
const ALL = tree.groups.flatMap((g) => g.symptoms.map((id) => symptomPath('nb', id)));

/** The h2 headings of the page. */
const h2s = () => screen.queryAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('the start page', () => {
  test('asks "what do you see?" as its only h1', () => {
    renderAt('/nb/');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hva ser du?');
  });

  test('lists every symptom once, as a link in a list under its group’s h2, in the groups’ order', () => {
    renderAt('/nb/');
    expect(symptomHrefs()).toEqual(ALL);
    expect([...ALL].sort()).toEqual(tree.symptoms.map((s) => symptomPath('nb', s.id)).sort());
    expect(h2s()).toEqual(['Testadministratoren', 'Testbrukeren', 'Noe annet i testen']);
    const group = screen.getByRole('region', { name: 'Testbrukeren' });
    expect(symptomHrefs(group)).toEqual(['/nb/user-message/', '/nb/policy-test/']);
    expect(within(group).getByRole('list')).toContainElement(within(group).getAllByRole('link')[0] ?? null);
  });

  test('without groups in the content, one list of every symptom in the rules’ order, without a heading', () => {
    const groups = tree.groups;
    tree.groups = [];
    try {
      renderAt('/nb/');
      expect(symptomHrefs()).toEqual(tree.symptoms.map((s) => symptomPath('nb', s.id)));
      expect(h2s()).toEqual([]);
    } finally {
      tree.groups = groups;
    }
  });

  test.each(tree.symptoms.map((s) => s.id))(
    '%s: the heading as the link, its one-line summary beside it',
    (id) => {
      renderAt('/nb/');
      const link = screen.getByRole('link', { name: heading(id) });
      expect(link).toHaveAttribute('href', `/nb/${id}/`);
      expect(link.closest('li')).toHaveTextContent(summary(id));
    },
  );

  test('a summary is one line of its own, apart from the link', () => {
    renderAt('/nb/');
    const link = screen.getByRole('link', { name: heading('reset-steps') });
    expect(link).not.toHaveTextContent(summary('reset-steps'));
    expect(link.closest('li')).toHaveTextContent(summary('reset-steps'));
  });

  test('in English, the English headings and summaries', () => {
    renderAt('/en/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What do you see?');
    expect(symptomHrefs()).toEqual(ALL.map((href) => href.replace('/nb/', '/en/')));
    expect(h2s()).toEqual(['The test admin', 'The test user', 'Something else in the test']);
    const link = screen.getByRole('link', { name: heading('reset-steps', 'en') });
    expect(link.closest('li')).toHaveTextContent(summary('reset-steps', 'en'));
  });

  test('lists recently opened symptoms first, most recent first, under their own heading', async () => {
    await loadStored(
      JSON.stringify({
        state: { remembered: {}, recent: ['reset-steps', 'policy-test'] },
        version: STORE_VERSION,
      }),
    );
    renderAt('/nb/');
    const recent = screen.getByRole('region', { name: 'Nylig åpnet' });
    expect(symptomHrefs(recent)).toEqual(['/nb/reset-steps/', '/nb/policy-test/']);
    // Each symptom once: the recent ones leave their groups.
    expect(symptomHrefs(screen.getByRole('region', { name: 'Testadministratoren' }))).toEqual([
      '/nb/button-disabled/',
      '/nb/page-missing/',
    ]);
    expect(symptomHrefs(screen.getByRole('region', { name: 'Testbrukeren' }))).toEqual(['/nb/user-message/']);
    expect(symptomHrefs()).toHaveLength(ALL.length);
  });

  test('a group whose symptoms were all opened recently is not shown', async () => {
    await loadStored(
      JSON.stringify({
        state: { remembered: {}, recent: ['user-message', 'policy-test'] },
        version: STORE_VERSION,
      }),
    );
    renderAt('/nb/');
    expect(h2s()).toEqual(['Nylig åpnet', 'Testadministratoren', 'Noe annet i testen']);
    expect(symptomHrefs()).toHaveLength(ALL.length);
  });

  test('ignores recent symptoms that no longer exist', async () => {
    await loadStored(
      JSON.stringify({ state: { remembered: {}, recent: ['gone-symptom', 'reset-steps'] }, version: 1 }),
    );
    renderAt('/nb/');
    expect(symptomHrefs(screen.getByRole('region', { name: 'Nylig åpnet' }))).toEqual(['/nb/reset-steps/']);
    expect(symptomHrefs()).toHaveLength(ALL.length);
  });

  test('without any known recent symptom there is no recent section', async () => {
    await loadStored(JSON.stringify({ state: { remembered: {}, recent: ['gone-symptom'] }, version: 1 }));
    renderAt('/nb/');
    expect(screen.queryByRole('region', { name: 'Nylig åpnet' })).not.toBeInTheDocument();
    expect(symptomHrefs()).toEqual(ALL);
  });
});

describe('the search', () => {
  const searchBox = (name = 'Søk i symptomer, feilkoder og meldinger') =>
    screen.getByRole('searchbox', { name });
  /** The result links, best first, once the search has loaded. */
  const resultHrefs = () =>
    within(screen.getByRole('list', { name: /^Treff for|^Results for/ }))
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));

  test.each([
    ['TEST_0001', '/nb/codes/test-0001/'],
    ['testnotenabled', '/nb/codes/test-0001/'],
    ['1234', '/nb/codes/event-1234/'],
    ['greyed out', '/nb/button-disabled/'],
    ['testknappen er grå', '/nb/button-disabled/'],
    ['NEDTONET', '/nb/button-disabled/'],
    ['Testlisens', '/nb/other-problem/'],
  ])('"%s" offers the right page first', async (query, first) => {
    const { user } = renderAt('/nb/');
    await user.type(searchBox(), query);
    await screen.findByRole('list', { name: `Treff for «${query}»` });
    expect(resultHrefs()[0]).toMatch(first);
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ treff, (det|de) beste? først$/);
  });

  test('searches both languages from either page: an English sentence on the Norwegian page', async () => {
    const { user } = renderAt('/nb/');
    await user.type(searchBox(), 'the test policy does not work');
    await screen.findByRole('list', { name: /^Treff for/ });
    expect(resultHrefs().slice(0, 3)).toContain('/nb/policy-test/');
  });

  test('a query that matches nothing says so, and offers the closest symptoms, the catch-all and the codes', async () => {
    const { user } = renderAt('/nb/');
    await user.type(searchBox(), 'kaffemaskin');
    expect(await screen.findByText('Ingenting passer til «kaffemaskin».')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Ingen treff');
    expect(screen.getByRole('link', { name: heading('other-problem') })).toHaveAttribute(
      'href',
      '/nb/other-problem/',
    );
    expect(screen.getByRole('link', { name: 'Feilkoder og meldinger' })).toHaveAttribute(
      'href',
      '/nb/codes/',
    );
  });

  test('a typo still finds its symptoms', async () => {
    const { user } = renderAt('/nb/');
    await user.type(searchBox(), 'tilbakeskrving');
    await screen.findByRole('list', { name: /^Treff for/ });
    expect(resultHrefs().slice(0, 3)).toEqual(expect.arrayContaining(['/nb/tab-missing/']));
  });

  test('says nothing while empty, and clearing the box brings the whole list back', async () => {
    const { user } = renderAt('/nb/');
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.type(searchBox(), 'writeback');
    await screen.findByRole('list', { name: /^Treff for/ });
    await user.clear(searchBox());
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(symptomHrefs()).toEqual(ALL);
  });

  test('in English, the labels and messages are English', async () => {
    const { user } = renderAt('/en/');
    await user.type(searchBox('Search symptoms, error codes and messages'), 'zzzqqq');
    expect(await screen.findByText('Nothing matches "zzzqqq".')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No results');
  });
});
