/**
 * The UI copy keeps the same terms as the content: src/i18n/nb.json uses none of the words content/terms.yaml
 * avoids (read by the compiler's own rule, so a failure names the file, line and column, and the word to use).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../src/compiler/diagnostics.ts';
import { checkYamlTerms, loadTerms } from '../../src/compiler/terms.ts';

test('src/i18n/nb.json uses none of the words content/terms.yaml avoids', () => {
  const d = new Diagnostics();
  const terms = loadTerms(readFileSync('content/terms.yaml', 'utf8'), 'content/terms.yaml', d);
  expect(d.list.map(formatDiagnostic)).toEqual([]);
  expect(terms.length).toBeGreaterThan(0);
  checkYamlTerms(readFileSync('src/i18n/nb.json', 'utf8'), 'src/i18n/nb.json', terms, d, true);
  expect(d.list.map(formatDiagnostic)).toEqual([]);
});
