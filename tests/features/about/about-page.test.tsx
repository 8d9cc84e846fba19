import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { pathnameOf, renderAt } from '../../test-utils.tsx';

describe('the about page', () => {
  test('in Norwegian: its title as the only h1 and what the guide is built on', () => {
    renderAt('/nb/about/');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Om denne veiviseren');
    expect(
      screen.getByText(/bygger på Microsoft-artikkelen «Problemer med å tilbakestille passord» fra 2021/),
    ).toBeInTheDocument();
    expect(document.title).toBe('Om veiviseren – Feilsøking av tilbakestilling av passord');
  });

  test('in English, with the language switch to the Norwegian about page', () => {
    renderAt('/en/about/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('About this guide');
    expect(screen.getByText(/built on Microsoft's 2021 article/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Les denne siden på norsk' })).toHaveAttribute(
      'href',
      '/nb/about/',
    );
  });

  test('the footer links to it from every page', async () => {
    const { router, user } = renderAt('/nb/how-to-reset/');
    await user.click(screen.getByRole('link', { name: 'Om denne veiviseren' }));
    expect(pathnameOf(router)).toBe('/nb/about/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Om denne veiviseren');
  });
});
