import { screen, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { preferredLang } from '../../src/app/root-page.tsx';
import { renderAt } from '../test-utils.tsx';

describe('preferredLang', () => {
  test.each([
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['nn'], 'nb'],
    [['nn-NO', 'en-US'], 'nb'],
    [['NB-no'], 'nb'],
    [['en-GB', 'nb'], 'en'],
    [['en'], 'en'],
    [['de', 'sv', 'en-US', 'nb'], 'en'],
    [['de', 'nb-NO', 'en'], 'nb'],
    [['de'], 'nb'],
    [[], 'nb'],
  ])('%j -> %s', (languages, lang) => {
    expect(preferredLang(languages)).toBe(lang);
  });
});

describe('the root page', () => {
  test('sends an English browser to /en/', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'nb']);
    const { router } = renderAt('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/en/'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What do you see?');
  });

  test('sends any other browser to /nb/', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'fr']);
    const { router } = renderAt('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/nb/'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hva ser du?');
    // Replaced, not pushed: Back does not return to the bare root.
    expect(router.state.historyAction).toBe('REPLACE');
  });
});
