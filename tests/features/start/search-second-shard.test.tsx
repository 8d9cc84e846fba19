/**
 * The start page's search loads its index in two shards (decision 0017): the first after the first paint, the
 * second (the long text) only once the search box is used. The modules are watched as they load.
 */
import { screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { renderAt } from '../../test-utils.tsx';

const loads = vi.hoisted(() => ({ first: 0, second: 0 }));
vi.mock('../../../src/features/start/search-nb.ts', async (original) => {
  loads.first += 1;
  return original();
});
vi.mock('../../../src/features/start/search-text.ts', async (original) => {
  loads.second += 1;
  return original();
});

test('the second shard is not fetched before the search box is used, and its words are found once it is', async () => {
  const { user } = renderAt('/nb/');
  await vi.waitFor(() => expect(loads.first).toBe(1));
  // Every import started by then (the first shard's, and any it leads to) has settled.
  await vi.dynamicImportSettled();
  expect(loads.second).toBe(0);
  const box = screen.getByRole('searchbox', { name: 'Søk i symptomer, feilkoder og meldinger' });
  await user.click(box);
  await vi.waitFor(() => expect(loads.second).toBe(1));
  // A word of a symptom's item text only: the second shard finds it.
  await user.type(box, 'hybridoppsett');
  const results = await screen.findByRole('list', { name: 'Treff for «hybridoppsett»' });
  expect(within(results).getAllByRole('link')[0]).toHaveAttribute('href', '/nb/tab-missing/');
});
