/**
 * When the second shard of the start page's index (the long text) fails to load, the first shard's results stay
 * and nothing throws: a code is still found, and a word of the long text only finds nothing, which the page says.
 */
import { screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { renderAt } from '../../test-utils.tsx';

const loads = vi.hoisted(() => ({ second: 0 }));
vi.mock('../../../src/features/start/search-text.ts', () => {
  loads.second += 1;
  throw new Error('the second shard did not load');
});

test("the second shard fails: the first shard's results stay", async () => {
  const { user } = renderAt('/nb/');
  const box = screen.getByRole('searchbox', { name: 'Søk i symptomer, feilkoder og meldinger' });
  await user.type(box, 'TEST_0001');
  await vi.waitFor(() => expect(loads.second).toBe(1));
  const results = await screen.findByRole('list', { name: 'Treff for «TEST_0001»' });
  expect(within(results).getAllByRole('link')[0]).toHaveAttribute('href', '/nb/codes/test-0001/');
  await user.clear(box);
  await user.type(box, 'hybridoppsett');
  expect(await screen.findByText('Ingenting passer til «hybridoppsett».')).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Ingen treff');
});
