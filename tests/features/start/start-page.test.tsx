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

/** Every symptom's link, in the rules' order. */
const ALL = tree.symptoms.map((s) => symptomPath('nb', s.id));

describe('the start page', () => {
  test('asks "what do you see?" as its only h1', () => {
    renderAt('/nb/');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hva ser du?');
  });

  test('lists every symptom as a link, in the rules’ order, without a "recent" heading', () => {
    renderAt('/nb/');
    expect(symptomHrefs()).toEqual(ALL);
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
  });

  test.each([
    'other-problem',
    'policy-testing',
    'deploy-without-registration',
    'on-prem-integration-not-visible',
    'how-to-reset',
    'm365-reset-not-written-back',
  ])('%s: the heading as the link, its one-line summary beside it', (id) => {
    renderAt('/nb/');
    const link = screen.getByRole('link', { name: heading(id) });
    expect(link).toHaveAttribute('href', `/nb/${id}/`);
    expect(link.closest('li')).toHaveTextContent(summary(id));
  });

  test('a summary is one line of its own, apart from the link', () => {
    renderAt('/nb/');
    const link = screen.getByRole('link', { name: heading('how-to-reset') });
    expect(link).not.toHaveTextContent(summary('how-to-reset'));
    expect(link.closest('li')).toHaveTextContent(summary('how-to-reset'));
  });

  test('in English, the English headings and summaries', () => {
    renderAt('/en/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What do you see?');
    expect(symptomHrefs()).toEqual(ALL.map((href) => href?.replace('/nb/', '/en/')));
    const link = screen.getByRole('link', { name: heading('how-to-reset', 'en') });
    expect(link.closest('li')).toHaveTextContent(summary('how-to-reset', 'en'));
  });

  test('lists recently opened symptoms first, most recent first, under their own heading', async () => {
    await loadStored(
      JSON.stringify({
        state: { remembered: {}, recent: ['how-to-reset', 'policy-testing'] },
        version: STORE_VERSION,
      }),
    );
    renderAt('/nb/');
    const recent = screen.getByRole('region', { name: 'Nylig åpnet' });
    expect(symptomHrefs(recent)).toEqual(['/nb/how-to-reset/', '/nb/policy-testing/']);
    const all = screen.getByRole('region', { name: 'Alle symptomer' });
    expect(symptomHrefs(all)).toEqual(
      ALL.filter((href) => href !== '/nb/how-to-reset/' && href !== '/nb/policy-testing/'),
    );
    // Each symptom once in all.
    expect(symptomHrefs()).toHaveLength(ALL.length);
  });

  test('ignores recent symptoms that no longer exist', async () => {
    await loadStored(
      JSON.stringify({ state: { remembered: {}, recent: ['gone-symptom', 'how-to-reset'] }, version: 1 }),
    );
    renderAt('/nb/');
    expect(symptomHrefs(screen.getByRole('region', { name: 'Nylig åpnet' }))).toEqual(['/nb/how-to-reset/']);
    expect(symptomHrefs()).toHaveLength(ALL.length);
  });

  test('without any known recent symptom there is no recent section', async () => {
    await loadStored(JSON.stringify({ state: { remembered: {}, recent: ['gone-symptom'] }, version: 1 }));
    renderAt('/nb/');
    expect(screen.queryByRole('region', { name: 'Nylig åpnet' })).not.toBeInTheDocument();
    expect(symptomHrefs()).toEqual(ALL);
  });
});

describe('the filter', () => {
  const filterBox = () => screen.getByRole('searchbox', { name: 'Filtrer symptomene' });

  test.each([
    ['nedtonet', ['/nb/reset-button-greyed-out/']],
    ['NEDTONET', ['/nb/reset-button-greyed-out/']],
    ['greyed', ['/nb/reset-button-greyed-out/']],
    ['blad', ['/nb/reset-page-not-visible/', '/nb/on-prem-integration-not-visible/']],
    [
      'writeback',
      [
        '/nb/on-prem-integration-not-visible/',
        '/nb/m365-reset-not-written-back/',
        '/nb/writeback-fails-after-submit/',
      ],
    ],
    [
      'tilbakeskriving',
      [
        '/nb/on-prem-integration-not-visible/',
        '/nb/m365-reset-not-written-back/',
        '/nb/writeback-fails-after-submit/',
      ],
    ],
    [
      'TILBAKESKRIVING',
      [
        '/nb/on-prem-integration-not-visible/',
        '/nb/m365-reset-not-written-back/',
        '/nb/writeback-fails-after-submit/',
      ],
    ],
    ['forhandsutfylle', ['/nb/deploy-without-registration/']],
    ['Forhåndsutfylle', ['/nb/deploy-without-registration/']],
  ])('"%s" finds its symptoms', async (query, hrefs) => {
    const { user } = renderAt('/nb/');
    await user.type(filterBox(), query);
    expect(symptomHrefs()).toEqual(hrefs);
    expect(screen.getByRole('status')).toHaveTextContent(
      `${hrefs.length} ${hrefs.length === 1 ? 'symptom passer' : 'symptomer passer'}`,
    );
  });

  test('narrows as you type, one letter at a time', async () => {
    const { user } = renderAt('/nb/');
    await user.type(filterBox(), 'tilbakes');
    const broad = symptomHrefs();
    await user.type(filterBox(), 'kriving');
    expect(symptomHrefs().length).toBeLessThan(broad.length);
    expect(symptomHrefs()).toEqual([
      '/nb/on-prem-integration-not-visible/',
      '/nb/m365-reset-not-written-back/',
      '/nb/writeback-fails-after-submit/',
    ]);
  });

  test('says nothing while empty, and clearing the box brings the whole list back', async () => {
    const { user } = renderAt('/nb/');
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.type(filterBox(), 'greyed');
    await user.clear(filterBox());
    expect(symptomHrefs()).toEqual(ALL);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  test('a query without a match says so, and Show all restores the list', async () => {
    const { user } = renderAt('/nb/');
    await user.type(filterBox(), 'kaffemaskin');
    expect(symptomHrefs()).toEqual([]);
    expect(screen.getByText(/Ingen symptomer passer til «kaffemaskin»/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vis alle' }));
    expect(symptomHrefs()).toEqual(ALL);
    expect(filterBox()).toHaveValue('');
    expect(screen.queryByText(/Ingen symptomer passer/)).not.toBeInTheDocument();
  });

  test('filters the recent symptoms too', async () => {
    await loadStored(JSON.stringify({ state: { remembered: {}, recent: ['how-to-reset'] }, version: 1 }));
    const { user } = renderAt('/nb/');
    await user.type(filterBox(), 'writeback');
    expect(screen.queryByRole('region', { name: 'Nylig åpnet' })).not.toBeInTheDocument();
    expect(symptomHrefs()).toEqual([
      '/nb/on-prem-integration-not-visible/',
      '/nb/m365-reset-not-written-back/',
      '/nb/writeback-fails-after-submit/',
    ]);
  });

  test('in English, the labels and messages are English', async () => {
    const { user } = renderAt('/en/');
    await user.type(screen.getByRole('searchbox', { name: 'Filter the symptoms' }), 'greyed');
    expect(screen.getByRole('status')).toHaveTextContent('1 symptom matches');
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText(/No symptom matches "greyedzzz"/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show all' })).toBeInTheDocument();
  });
});
