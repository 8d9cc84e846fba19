// @vitest-environment node
/**
 * The colours of src/app/styles.css meet WCAG 2.2 AA in both themes: each pair of a colour and the background it is
 * drawn on, read from the light variables (`:root`) and from the dark ones (`prefers-color-scheme: dark`). Text
 * needs 4.5:1 (1.4.3), focus rings and the borders that tell controls and boxes apart 3:1 (1.4.11). axe checks text
 * on the pages themselves (tests/e2e/pages.e2e.ts, both themes); this covers what axe does not: rings and borders.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync('src/app/styles.css', 'utf8');

/** The custom properties set in the first block after `start` (a selector or an at-rule). */
function variables(start: string): Map<string, string> {
  const from = css.indexOf(start);
  if (from < 0) throw new Error(`styles.css has no ${start}`);
  const block = css.slice(from, css.indexOf('}', from));
  return new Map([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [foreground, background, minimum ratio]: what styles.css draws on what. */
const PAIRS: [string, string, number][] = [
  ['text', 'bg', 4.5],
  ['muted', 'bg', 4.5],
  ['accent', 'bg', 4.5],
  ['accent-dark', 'bg', 4.5],
  ['text', 'note-bg', 4.5],
  ['muted', 'note-bg', 4.5],
  ['accent', 'note-bg', 4.5],
  ['text', 'added-bg', 4.5],
  ['accent', 'added-bg', 4.5],
  ['accent', 'hover-bg', 4.5],
  ['muted', 'hover-bg', 4.5],
  ['focus', 'bg', 3],
  ['focus', 'note-bg', 3],
  ['note-border', 'note-bg', 3],
  ['added-border', 'added-bg', 3],
  ['yes', 'bg', 3],
  ['no', 'bg', 3],
];

const light = variables(':root {');
const dark = new Map([...light, ...variables('@media (prefers-color-scheme: dark)')]);

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, theme) => {
  test.each(PAIRS)('%s on %s: at least %s:1', (fg, bg, min) => {
    const [a, b] = [theme.get(fg), theme.get(bg)];
    expect(a, `--${fg}`).toBeDefined();
    expect(b, `--${bg}`).toBeDefined();
    expect(contrast(a!, b!)).toBeGreaterThanOrEqual(min);
  });
});

test('the dark theme sets every colour the light one does, and asks for dark form controls', () => {
  const own = variables('@media (prefers-color-scheme: dark)');
  expect([...own.keys()].sort()).toEqual([...light.keys()].sort());
  expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{[^}]*color-scheme: dark;/);
});
