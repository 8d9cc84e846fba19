import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { pathnameOf, renderAt } from '../test-utils.tsx';
import { heading } from '../tree-text.ts';

const REMEDY = 'tab-missing/sync/synced/writeback/on/';

describe('the language switch', () => {
  test('on a remedy, links to the same path under /en/', () => {
    renderAt(`/nb/${REMEDY}`);
    const link = screen.getByRole('link', { name: 'Read this page in English' });
    expect(link).toHaveAttribute('href', `/en/${REMEDY}`);
    expect(link).toHaveTextContent('English');
    expect(link).toHaveAttribute('lang', 'en');
    expect(link).toHaveAttribute('hreflang', 'en');
  });

  test('following it shows the same remedy in English and sets <html lang>', async () => {
    const { router, user } = renderAt(`/nb/${REMEDY}`);
    await waitFor(() => expect(document.documentElement.lang).toBe('nb'));
    await user.click(screen.getByRole('link', { name: 'Read this page in English' }));
    expect(pathnameOf(router)).toBe(`/en/${REMEDY}`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading('tab-missing', 'en'));
    expect(screen.getByRole('region', { name: 'What applies to you' })).toHaveTextContent(
      'Because you answered: Are the test users synced? Yes, they are synced',
    );
    expect(screen.getByRole('region', { name: 'Your answers' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy summary for a ticket' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(document.title).toBe(`Remedy: ${heading('tab-missing', 'en')}`);
    // And back again.
    expect(screen.getByRole('link', { name: 'Les denne siden på norsk' })).toHaveAttribute(
      'href',
      `/nb/${REMEDY}`,
    );
  });

  test('on a question page with a kept later answer, keeps it', () => {
    renderAt('/en/tab-missing/writeback/on/');
    expect(screen.getByRole('link', { name: 'Les denne siden på norsk' })).toHaveAttribute(
      'href',
      '/nb/tab-missing/writeback/on/',
    );
  });

  test.each([
    ['/nb/', '/en/'],
    ['/en/about/', '/nb/about/'],
    ['/nb/other-problem/role/helpdesk-admin/', '/en/other-problem/role/helpdesk-admin/'],
  ])('%s switches to %s', (from, to) => {
    renderAt(from);
    const header = screen.getByRole('banner');
    expect(
      within(header).getByRole('link', { name: /Read this page in English|Les denne siden på norsk/ }),
    ).toHaveAttribute('href', to);
  });
});

describe('the frame', () => {
  test('has a skip link to the main landmark and a home link in the page’s language', () => {
    renderAt('/nb/reset-steps/');
    expect(screen.getByRole('link', { name: 'Hopp til innholdet' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(
      within(screen.getByRole('banner')).getByRole('link', {
        name: 'Feilsøke tilbakestilling av passord',
      }),
    ).toHaveAttribute('href', '/nb/');
  });
});
