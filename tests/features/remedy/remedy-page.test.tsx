import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useStore } from '../../../src/shared/store.ts';
import { pathnameOf, renderAt } from '../../test-utils.tsx';
import { heading, itemLink, itemText, noteText } from '../../tree-text.ts';

const ID = 'tab-missing';
const ON_PREM = `/nb/${ID}/`;
const SYNCED_ON = `${ON_PREM}sync/synced/writeback/on/`;
const region = (name: string) => screen.getByRole('region', { name });
/** The list item or paragraph block that renders an article item. */
const itemIn = (container: HTMLElement, item: string) =>
  within(container).getByText(itemText(ID, item)).closest('li, .item') as HTMLElement;

describe('the remedy page', () => {
  test('the symptom’s heading is the only h1', () => {
    renderAt(SYNCED_ON);
    const h1s = screen.getAllByRole('heading', { level: 1 });
    expect(h1s).toHaveLength(1);
    expect(h1s[0]).toHaveTextContent(heading(ID));
  });

  test('"what applies" holds the matching items, each with the answer that made it apply', () => {
    renderAt(SYNCED_ON);
    const applies = region('Dette gjelder deg');
    const notVisibleIf = itemIn(applies, 'hidden-if');
    expect(within(notVisibleIf).getAllByText(/^Fordi du svarte/)[0]).toHaveTextContent(
      'Fordi du svarte: Synkroniseres testbrukerne? Ja, de synkroniseres',
    );
    const install = itemIn(applies, 'writeback-broken');
    expect(within(install).getByText(/^Fordi du svarte/)).toHaveTextContent(
      'Fordi du svarte: Er testtilbakeskriving på? Ja, den er på',
    );
    expect(itemIn(applies, 'sync-broken')).toBeInTheDocument();
    // The article nests the causes under "you won't see this if:", and so does the page.
    expect(install.parentElement?.closest('li')).toBe(notVisibleIf);
    expect(within(applies).queryByText(itemText(ID, 'writeback-off'))).not.toBeInTheDocument();
    expect(within(applies).queryByText(itemText(ID, 'hybrid-only'))).not.toBeInTheDocument();
  });

  test('an item that always applies shows no "because"', () => {
    renderAt('/nb/other-problem/role/global-admin/licence/premium/');
    expect(region('Dette gjelder deg')).toHaveTextContent(itemText('other-problem', 'read-licences'));
    expect(within(region('Dette gjelder deg')).queryByText(/Fordi du svarte/)).not.toBeInTheDocument();
  });

  test('"also check" holds the rest of the section, so nothing is hidden', () => {
    renderAt(`${ON_PREM}sync/synced/writeback/off/`);
    const also = region('Sjekk også');
    expect(also).toHaveTextContent('Resten av artikkelens avsnitt for dette symptomet:');
    expect(itemIn(also, 'hybrid-only')).toBeInTheDocument();
    expect(itemIn(also, 'writeback-broken')).toBeInTheDocument();
    expect(within(also).queryByText(/Fordi du svarte/)).not.toBeInTheDocument();
  });

  test('an item the answers show untrue is left out, and the page says so where it would stand', () => {
    renderAt(SYNCED_ON);
    const also = region('Sjekk også');
    expect(within(also).queryByText(itemText(ID, 'writeback-off'))).not.toBeInTheDocument();
    expect(also.querySelector('#set-aside-writeback-off')).toHaveTextContent(/^Utelatt her: /);
  });

  test('without anything left over there is no "also check"', () => {
    renderAt('/nb/reset-steps/');
    expect(screen.queryByRole('region', { name: 'Sjekk også' })).not.toBeInTheDocument();
  });

  test('notes of today’s guidance are dated and sourced, beside their item; a correction comes first', () => {
    renderAt(`${ON_PREM}sync/cloud-only/`);
    const applies = region('Dette gjelder deg');
    const correction = within(applies).getByRole('complementary', { name: 'Rettet 2026' });
    expect(correction).toHaveTextContent(`Rettet 2026: ${noteText(ID, 'tab-renamed')}`);
    expect(correction).toHaveTextContent('Kontrollert 2026-12-01');
    expect(within(correction).getByRole('link', { name: 'Kilde: learn.microsoft.com' })).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr',
    );
    const item = itemIn(applies, 'hybrid-only');
    expect(correction.closest('li')).toBe(item);
    const notes = within(item).getAllByRole('complementary');
    expect(notes[0]).toBe(correction);
    expect(notes.map((n) => n.getAttribute('data-note'))).toContain('two-switches');
  });

  test('a note whose condition does not hold is not shown', () => {
    renderAt(SYNCED_ON);
    expect(document.querySelector('[data-note="writeback-licence"]')).toBeNull();
    expect(document.querySelector('[data-note="synced-only"]')).not.toBeNull();
  });

  test('a note for synced users is not shown for cloud-only users', () => {
    renderAt(`${ON_PREM}sync/cloud-only/`);
    expect(document.querySelector('[data-note="synced-only"]')).toBeNull();
  });

  test('notes follow the page’s language', () => {
    renderAt(`/en/${ID}/sync/synced/writeback/off/`);
    const note = document.querySelector('[data-note="writeback-licence"]') as HTMLElement;
    expect(note).toHaveAccessibleName('Updated 2026');
    expect(note).toHaveTextContent(`Updated 2026: ${noteText(ID, 'writeback-licence', 'en')}`);
    expect(note).toHaveTextContent('Checked 2026-12-01');
    expect(within(note).getByRole('link', { name: 'Source: learn.microsoft.com' })).toBeInTheDocument();
  });

  test('the links list shows each link’s label, host and an external marker', () => {
    renderAt(SYNCED_ON);
    const expected = itemLink(ID, 'read-writeback');
    const items = within(region('Lenker')).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    // The external marker is part of the link's accessible name, so a screen reader announces it with the link.
    const link = within(items[0]!).getByRole('link', { name: `${expected.label} (ekstern lenke)` });
    expect(link).toHaveAttribute('href', expected.url);
    // Opens in the same tab unless the user chooses otherwise.
    expect(link).not.toHaveAttribute('target');
    expect(items[0]).toHaveTextContent(`${expected.label} (ekstern lenke)↗ ${expected.host}`);
  });

  test('the links list includes the links of today’s notes', () => {
    renderAt('/en/reset-steps/');
    const links = within(region('Links')).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toContainEqual([
      'the test portal (external link)↗',
      'https://entra.microsoft.com',
    ]);
    expect(region('Links')).toHaveTextContent('the test portal (external link)↗ entra.microsoft.com');
  });

  test('"your answers" lists each answer with a Change link to that question, the others kept', () => {
    renderAt(SYNCED_ON);
    const answers = region('Svarene dine');
    expect(
      within(answers)
        .getAllByRole('term')
        .map((dt) => dt.textContent),
    ).toEqual(['Synkroniseres testbrukerne?', 'Er testtilbakeskriving på?']);
    expect(
      within(answers)
        .getAllByRole('definition')
        .map((dd) => dd.textContent),
    ).toEqual(['Ja, de synkroniseres Endre', 'Ja, den er på Endre']);
    expect(
      within(answers).getByRole('link', {
        name: 'Endre svaret på «Synkroniseres testbrukerne?»',
      }),
    ).toHaveAttribute('href', `${ON_PREM}writeback/on/`);
    expect(
      within(answers).getByRole('link', {
        name: 'Endre svaret på «Er testtilbakeskriving på?»',
      }),
    ).toHaveAttribute('href', `${ON_PREM}sync/synced/`);
  });

  test('a symptom without questions says so instead of listing answers', () => {
    renderAt('/nb/reset-steps/');
    expect(region('Svarene dine')).toHaveTextContent('Dette symptomet trenger ingen spørsmål.');
    expect(within(region('Svarene dine')).queryByRole('link')).not.toBeInTheDocument();
  });

  test('the steps of the article stay a numbered list', () => {
    renderAt('/nb/reset-steps/');
    const steps = within(region('Dette gjelder deg')).getAllByRole('list')[0]!;
    expect(steps.tagName).toBe('OL');
    const items = within(steps).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(itemText('reset-steps', 'step-sign-in'));
    expect(items[1]).toHaveTextContent(itemText('reset-steps', 'step-open-users'));
  });

  test('Start again goes to the start page; the symptom link to its first question', () => {
    renderAt(SYNCED_ON);
    const nav = screen.getByRole('navigation', { name: 'Begynn på nytt' });
    expect(within(nav).getByRole('link', { name: 'Begynn på nytt' })).toHaveAttribute('href', '/nb/');
    expect(within(nav).getByRole('link', { name: heading(ID) })).toHaveAttribute('href', ON_PREM);
  });
});

describe('Change', () => {
  const changeSynced = 'Endre svaret på «Synkroniseres testbrukerne?»';

  test('asks the question again; the same answer lands on the remedy with the later answer kept', async () => {
    const { router, user } = renderAt(ON_PREM);
    await user.click(screen.getByRole('link', { name: 'Ja, de synkroniseres' }));
    await user.click(screen.getByRole('link', { name: 'Ja, den er på' }));
    expect(pathnameOf(router)).toBe(SYNCED_ON);
    // The answers are remembered once the remedy has painted, as a person reading it would give it time to.
    await waitFor(() => expect(useStore.getState().remembered.sync).toBe('synced'));

    await user.click(screen.getByRole('link', { name: changeSynced }));
    expect(pathnameOf(router)).toBe(`${ON_PREM}writeback/on/`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Synkroniseres testbrukerne?');
    expect(screen.getByText('Spørsmål 1 av høyst 2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Ja, de synkroniseres/ })).toHaveTextContent('(ditt svar sist)');

    await user.click(screen.getByRole('link', { name: /^Ja, de synkroniseres/ }));
    expect(pathnameOf(router)).toBe(SYNCED_ON);
    expect(
      within(region('Svarene dine'))
        .getAllByRole('definition')
        .map((dd) => dd.textContent),
    ).toEqual(['Ja, de synkroniseres Endre', 'Ja, den er på Endre']);
  });

  test('an answer that no longer asks the later question drops its answer', async () => {
    const { router, user } = renderAt(SYNCED_ON);
    await user.click(screen.getByRole('link', { name: changeSynced }));
    await user.click(screen.getByRole('link', { name: 'Nei, bare i skyen' }));
    expect(pathnameOf(router)).toBe(`${ON_PREM}sync/cloud-only/`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading(ID));
    expect(
      within(region('Svarene dine'))
        .getAllByRole('term')
        .map((dt) => dt.textContent),
    ).toEqual(['Synkroniseres testbrukerne?']);
  });

  test('changing the last answer keeps the earlier ones', async () => {
    const { router, user } = renderAt(SYNCED_ON);
    await user.click(screen.getByRole('link', { name: 'Endre svaret på «Er testtilbakeskriving på?»' }));
    expect(screen.getByText('Spørsmål 2 av høyst 2')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /^Nei, den er av/ }));
    expect(pathnameOf(router)).toBe(`${ON_PREM}sync/synced/writeback/off/`);
  });
});
