import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { tree } from '../../../src/shared/compiled-tree.ts';
import { plainText } from '../../../src/tree/inline.ts';
import { findQuestion } from '../../../src/tree/resolve.ts';
import { renderAt } from '../../test-utils.tsx';

const checkOf = (id: string) => findQuestion(tree, id)!.check!;

describe('"How to check" on a question page', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('a closed disclosure with where to look and the commands as code', () => {
    const { container } = renderAt('/en/other-problem/');
    const details = container.querySelector('details.check')!;
    expect(details).not.toBeNull();
    expect(details.hasAttribute('open')).toBe(false);
    expect(within(details as HTMLElement).getByText('How to check').tagName).toBe('SUMMARY');
    const check = checkOf('role');
    expect(details.textContent).toContain(plainText(check.where.en));
    const code = [...details.querySelectorAll('pre > code')].map((c) => c.textContent);
    expect(code).toEqual(check.commands.map((c) => c.run));
    expect(
      within(details as HTMLElement)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Where to look', 'With PowerShell (read-only)']);
  });

  test('in Norwegian, the Norwegian text', () => {
    const { container } = renderAt('/nb/policy-test/');
    const details = container.querySelector('details.check')!;
    expect(within(details as HTMLElement).getByText('Slik sjekker du').tagName).toBe('SUMMARY');
    expect(details.textContent).toContain(plainText(checkOf('tested-with').where.nb));
  });

  test('each copy button puts exactly its command on the clipboard and announces it', async () => {
    const { user } = renderAt('/en/tab-missing/');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const commands = checkOf('sync').commands;
    const buttons = await screen.findAllByRole('button', { name: 'Copy command' });
    expect(buttons).toHaveLength(commands.length);
    await user.click(buttons[1]!);
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(commands[1]!.run);
    // The button says which command it copies, through the command's description.
    expect(buttons[1]).toHaveAccessibleDescription(commands[1]!.label.en);
    const statuses = screen.getAllByRole('status');
    expect(statuses.map((s) => s.textContent)).toContain('Command copied.');
  });

  test('a clipboard that refuses says so', async () => {
    const { user } = renderAt('/nb/policy-test/');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    await user.click(await screen.findByRole('button', { name: 'Kopier kommandoen' }));
    expect((await screen.findAllByRole('status')).map((s) => s.textContent)).toContain(
      'Kunne ikke kopiere. Merk kommandoen og kopier den selv.',
    );
  });
});

describe('"Check these first" on a remedy', () => {
  test('each "not sure" answer with where to look and a link back to its question', () => {
    renderAt('/en/button-disabled/role/helpdesk-admin/target/not-sure/target-roles/not-sure/');
    const section = screen.getByRole('region', { name: 'Check these first' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
      findQuestion(tree, 'target')!.label.en,
      findQuestion(tree, 'target-roles')!.label.en,
    ]);
    expect(items[0]!.textContent).toContain(plainText(checkOf('target').where.en));
    const link = within(items[1]!).getByRole('link', {
      name: `Answer "${findQuestion(tree, 'target-roles')!.label.en}"`,
    });
    // Back to the question (the page after the answers before it), like the Change link of that answer.
    expect(link.getAttribute('href')).toBe('/en/button-disabled/role/helpdesk-admin/target/not-sure/');
    const change = screen.getByRole('link', {
      name: `Change your answer to "${findQuestion(tree, 'target-roles')!.label.en}"`,
    });
    expect(link.getAttribute('href')).toBe(change.getAttribute('href'));
    // It comes first, before the verdict and what applies.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Check these first');
  });

  test('a remedy with no "not sure" answer has no such section', () => {
    renderAt('/nb/policy-test/tested-with/admin-account/');
    expect(screen.queryByRole('region', { name: 'Sjekk dette først' })).toBeNull();
  });
});
