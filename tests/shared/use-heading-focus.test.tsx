import { screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { pathnameOf, renderAt } from '../test-utils.tsx';
import { heading } from '../tree-text.ts';

const h1 = () => screen.getByRole('heading', { level: 1 });

describe('focus', () => {
  test('stays where the browser put it on the first render', () => {
    renderAt('/nb/policy-test/');
    expect(h1()).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });

  test('moves to the new h1 after a step', async () => {
    const { user } = renderAt('/nb/tab-missing/');
    await user.click(screen.getByRole('link', { name: 'Ja, de synkroniseres' }));
    expect(h1()).toHaveTextContent('Er testtilbakeskriving på?');
    expect(h1()).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Ja, den er på' }));
    expect(h1()).toHaveTextContent(heading('tab-missing'));
    expect(h1()).toHaveFocus();
  });

  test('moves to the h1 after Back and after the language switch', async () => {
    const { user } = renderAt('/nb/other-problem/role/helpdesk-admin/');
    await user.click(screen.getByRole('link', { name: '← Tilbake' }));
    expect(h1()).toHaveTextContent('Hvilken testrolle har du?');
    expect(h1()).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Read this page in English' }));
    expect(h1()).toHaveTextContent('Which test role do you have?');
    expect(h1()).toHaveFocus();
  });

  test('stays put on a first load that only needed its URL made canonical', async () => {
    const { router } = renderAt('/nb/reset-steps');
    await waitFor(() => expect(pathnameOf(router)).toBe('/nb/reset-steps/'));
    expect(h1()).not.toHaveFocus();
  });

  test('stays in the filter box while typing on the start page', async () => {
    const { user } = renderAt('/nb/');
    const box = screen.getByRole('searchbox');
    await user.type(box, 'blad');
    expect(box).toHaveFocus();
  });
});
