/**
 * "How to check" on every question page: without JavaScript (the built HTML of every question page, parsed by the
 * browser's DOMParser, no script run) every question page in both languages shows where to look, and the commands
 * as selectable code; with JavaScript, a copy button puts exactly its command on the clipboard (real Chromium,
 * clipboard permissions granted).
 */
import { expect, test } from 'vitest';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { findQuestion } from '../../src/tree/resolve.ts';
import { LANGS } from '../../src/tree/lang.ts';
import { plainText } from '../../src/tree/inline.ts';
import { baseURL, problems, sharedBrowser, urlOf, waitForApp } from './support/browser.ts';
import type { RecordedPage } from './support/browser.ts';
import { distHtml, pathOf, tree } from './support/site.ts';

const { fresh } = sharedBrowser();
const questionPages = enumerateStates(tree).filter((s) => s.kind === 'question');

test.each(LANGS)(
  'without JavaScript, every %s question page shows where to look and its commands',
  async (lang) => {
    const { page } = await fresh();
    const pages = questionPages.map((state) => ({
      path: pathOf(lang, state),
      html: distHtml(pathOf(lang, state)),
    }));
    const found = await page.evaluate((pages) => {
      const parser = new DOMParser();
      return pages.map(({ path, html }) => {
        const details = parser.parseFromString(html, 'text/html').querySelector('#root details.check');
        return {
          path,
          summary: details?.querySelector('summary')?.textContent,
          text: details?.textContent?.replace(/\s+/g, ' ') ?? '',
          code: [...(details?.querySelectorAll('pre > code') ?? [])].map((c) => c.textContent),
          buttons: details?.querySelectorAll('button').length ?? 0,
        };
      });
    }, pages);
    const withCommand = new Set<string>();
    found.forEach((f, i) => {
      const state = questionPages[i]!;
      const check = findQuestion(tree, state.question)!.check!;
      expect(f.summary, f.path).toBe(lang === 'nb' ? 'Slik sjekker du' : 'How to check');
      expect(f.text, f.path).toContain(plainText(check.where[lang]));
      expect(f.code, f.path).toEqual(check.commands.map((c) => c.run));
      // No copy button in the prerendered page: it needs JavaScript.
      expect(f.buttons, f.path).toBe(0);
      if (f.code.length > 0) withCommand.add(state.question);
    });
    expect(found.length).toBe(questionPages.length);
    expect(withCommand.size).toBeGreaterThanOrEqual(6);
  },
);

test('with JavaScript, the copy button puts exactly the command on the clipboard and says so', async () => {
  const { page, context, record } = await fresh({ permissions: ['clipboard-read', 'clipboard-write'] });
  const path = '/en/on-prem-integration-not-visible/';
  const command = findQuestion(tree, 'synced-users')!.check!.commands[1]!;
  await page.goto(urlOf(path));
  await waitForApp(page);
  await page.locator('details.check summary').click();
  const buttons = page.getByRole('button', { name: 'Copy command' });
  await buttons.nth(1).click();
  await expect
    .poll(() => page.locator('.command [role="status"]').nth(1).textContent())
    .toBe('Command copied.');
  expect(await readClipboard(context)).toBe(command.run);
  expect(problems(record)).toEqual([]);
});

/**
 * The clipboard's text. The site's Permissions-Policy denies clipboard-read (the app only writes), so it is read
 * from a blank page of the same origin that the test itself answers (no request leaves the browser).
 */
async function readClipboard(context: RecordedPage['context']): Promise<string> {
  const readerPath = '/__e2e-clipboard-reader__';
  await context.route(baseURL + readerPath, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>clipboard</title>' }),
  );
  const reader = await context.newPage();
  await reader.goto(baseURL + readerPath);
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}
