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
    expect(document.title).toBe('Om veiviseren – Feilsøke tilbakestilling av passord');
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

  test('lists each correction of the article: what it said, what it says now, and why', () => {
    renderAt('/en/about/');
    const correction = document.getElementById('correction-grey-letter')!;
    expect(correction.querySelector('del')).toHaveTextContent('Testknappen er gra');
    expect(correction.querySelector('ins')).toHaveTextContent('Testknappen er grå');
    expect(correction).toHaveTextContent('The heading lacked the letter å.');
  });

  test("lists each correction of the guide's own content, with the day it was checked and its source", () => {
    renderAt('/en/about/');
    const revision = document.getElementById('revision-test-verdict')!;
    expect(revision).toHaveTextContent('The guide said yes for the test role; it now says no.');
    expect(revision.querySelector('a')).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/entra/test-roles',
    );
    expect(revision.querySelector('a')).toHaveTextContent('checked 2026-12-04');
  });

  test('the footer links to it from every page', async () => {
    const { router, user } = renderAt('/nb/reset-steps/');
    await user.click(screen.getByRole('link', { name: 'Om denne veiviseren' }));
    expect(pathnameOf(router)).toBe('/nb/about/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Om denne veiviseren');
  });
});
