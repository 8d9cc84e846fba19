/**
 * A code's page and the list of codes on the fixture tree (tests/fixtures/site/codes.yaml): a code marked healthy
 * says it is not an error, on its page and beside it in the list; an error code says nothing of the kind.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderAt } from '../../test-utils.tsx';

const healthyNote = /This is not an error: it shows that all is well/;

describe('the code page', () => {
  test('a healthy event says it is not an error, and still leads to its symptom', () => {
    renderAt('/en/codes/event-5678/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('5678');
    expect(screen.getByText(healthyNote)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Open "/ })).toHaveAttribute('href', '/en/tab-missing/');
  });

  test('an error code does not', () => {
    renderAt('/en/codes/event-1234/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('1234');
    expect(screen.queryByText(healthyNote)).toBeNull();
  });

  test('the Norwegian page says it in Norwegian', () => {
    renderAt('/nb/codes/event-5678/');
    expect(screen.getByText(/Dette er ikke en feil/)).toBeInTheDocument();
  });
});

describe('the list of codes', () => {
  test('marks the healthy events, and only them', () => {
    renderAt('/en/codes/');
    const items = within(screen.getByRole('main'))
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items.find((t) => t.startsWith('5678'))).toMatch(/\(not an error\)$/);
    expect(items.find((t) => t.startsWith('1234'))).not.toMatch(/not an error/);
    expect(items.find((t) => t.startsWith('TEST_0001'))).not.toMatch(/not an error/);
  });
});
