import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { pathnameOf, renderAt } from '../../test-utils.tsx';
import { heading } from '../../tree-text.ts';

const onward = () =>
  within(screen.getByRole('main'))
    .getAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href')]);

describe('the not-found page', () => {
  test('an unknown symptom under /nb/ gets the Norwegian page with a link to the list', () => {
    const { router } = renderAt('/nb/finnes-ikke/');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fant ikke siden');
    expect(
      screen.getByText('Vi har ingen side på denne adressen. Lenken kan være gammel eller skrevet feil.'),
    ).toBeInTheDocument();
    expect(onward()).toEqual([['Gå til listen over symptomer', '/nb/']]);
    // The address stays as typed, so the user can see what went wrong.
    expect(pathnameOf(router)).toBe('/nb/finnes-ikke/');
    expect(document.documentElement.lang).toBe('nb');
  });

  test('the static 404.html says it in Norwegian, then in English, each with a link to its start page', () => {
    renderAt('/404.html');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fant ikke siden');
    const english = screen.getByRole('region', { name: 'Page not found' });
    expect(english).toHaveAttribute('lang', 'en');
    expect(onward()).toEqual([
      ['Gå til listen over symptomer', '/nb/'],
      ['Go to the list of symptoms', '/en/'],
    ]);
  });

  test('a not-found page at any other address speaks one language only', () => {
    renderAt('/nb/finnes-ikke/');
    expect(screen.queryByRole('region', { name: 'Page not found' })).toBeNull();
  });

  test('an unknown symptom under /en/ gets the English page', () => {
    renderAt('/en/does-not-exist/question/answer/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    expect(onward()).toEqual([['Go to the list of symptoms', '/en/']]);
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Page not found – Password reset troubleshooter');
  });

  test('an unknown language naming a known symptom links to that symptom in Norwegian', () => {
    renderAt('/de/policy-test/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fant ikke siden');
    expect(onward()).toEqual([
      [`Gå til symptomet «${heading('policy-test')}»`, '/nb/policy-test/'],
      ['Gå til listen over symptomer', '/nb/'],
    ]);
  });

  test.each(['/nb/about/more/', '/xx/', '/nb/%E0%A4%A/', '/nb/__proto__/', '/en/constructor/'])(
    '%s is not found, and nothing crashes',
    (path) => {
      // react-router warns about the broken percent-encoding; that is its message, not ours.
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      renderAt(path);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        /^(Fant ikke siden|Page not found)$/,
      );
    },
  );

  test('the language switch leads to the other language’s start page', () => {
    renderAt('/nb/finnes-ikke/');
    expect(screen.getByRole('link', { name: 'Read this page in English' })).toHaveAttribute('href', '/en/');
  });

  test('following the link onward reaches the start page', async () => {
    const { router, user } = renderAt('/en/does-not-exist/');
    await user.click(screen.getByRole('link', { name: 'Go to the list of symptoms' }));
    expect(pathnameOf(router)).toBe('/en/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What do you see?');
  });
});
