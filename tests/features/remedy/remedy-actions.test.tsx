import { screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderAt } from '../../test-utils.tsx';
import {
  EN_WRITEBACK_OFF_PATH,
  enWritebackOffSummary,
  NB_POLICY_PATH,
  nbPolicySummary,
} from './expected-summaries.ts';

describe('the remedy actions', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('Copy summary puts the ticket summary on the clipboard and says so', async () => {
    const { user } = renderAt(NB_POLICY_PATH);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Kopier sammendrag til saken' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(nbPolicySummary(`${window.location.origin}${NB_POLICY_PATH}`));
    expect(await screen.findByRole('status')).toHaveTextContent('Kopiert.');
  });

  test('in English, the summary and the message are English', async () => {
    const { user } = renderAt(EN_WRITEBACK_OFF_PATH);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Copy summary for a ticket' }));
    expect(writeText).toHaveBeenCalledWith(
      enWritebackOffSummary(`${window.location.origin}${EN_WRITEBACK_OFF_PATH}`),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Copied.');
  });

  test('Copy link puts the page’s URL on the clipboard', async () => {
    const { user } = renderAt(NB_POLICY_PATH);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Kopier lenken' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${NB_POLICY_PATH}`);
    expect(await screen.findByRole('status')).toHaveTextContent('Kopiert.');
  });

  test('a clipboard that refuses shows the failure message', async () => {
    const { user } = renderAt(NB_POLICY_PATH);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    await user.click(screen.getByRole('button', { name: 'Kopier sammendrag til saken' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Kunne ikke kopiere. Merk teksten og kopier den selv.',
    );
  });

  test('no clipboard at all (an insecure page) shows the failure message too', async () => {
    const { user } = renderAt(NB_POLICY_PATH);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    await user.click(screen.getByRole('button', { name: 'Kopier lenken' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Kunne ikke kopiere.');
  });

  test('Print opens the browser’s print dialog', async () => {
    const { user } = renderAt(NB_POLICY_PATH);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  test('the status is empty until something is copied', () => {
    renderAt(NB_POLICY_PATH);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
