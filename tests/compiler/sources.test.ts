/** One date per source page: the page a URL is on, and two entries that disagree without any sources list. */
import { describe, expect, test } from 'vitest';
import { loadCodes } from '../../src/compiler/codes.ts';
import { Diagnostics } from '../../src/compiler/diagnostics.ts';
import { checkOneDatePerPage, loadSources, pageOf } from '../../src/compiler/sources.ts';
import { expectDiagnostics } from './expect-diagnostics.ts';

describe('pageOf', () => {
  test('an anchor, a query or a trailing slash does not make another page; the path does', () => {
    const page = 'https://learn.microsoft.com/entra/roles';
    expect(pageOf(`${page}#who-can-reset-passwords`)).toBe(page);
    expect(pageOf(`${page}/?tabs=graph`)).toBe(page);
    expect(pageOf('https://Learn.Microsoft.com/entra/roles')).toBe(page);
    expect(pageOf(`${page}-other`)).not.toBe(page);
  });
});

describe('checkOneDatePerPage', () => {
  test('two files that date one page differently: the later is reported, naming the earlier', () => {
    const d = new Diagnostics();
    checkOneDatePerPage(
      [
        { file: 'codes.yaml', source: 'codes:\n  - source: https://x.test/a\n    source-date: 2024-06-24\n' },
        { file: 'checks.yaml', source: 'sources:\n  - url: https://x.test/a#b\n    updated: 2024-06-21\n' },
      ],
      d,
    );
    expectDiagnostics(d.list, [
      ['checks.yaml', 3, 14, '"https://x.test/a" is dated 2024-06-21 here but 2024-06-24 at codes.yaml:3:18'],
    ]);
  });

  test('the same date everywhere, and a URL without a date, are sound', () => {
    const d = new Diagnostics();
    const source =
      'a:\n  source: https://x.test/a\n  source-date: 2024-06-24\nb:\n  source: https://x.test/a\n';
    checkOneDatePerPage(
      [
        { file: 'f.yaml', source },
        { file: 'g.yaml', source },
      ],
      d,
    );
    expect(d.list).toEqual([]);
  });
});

describe('a code whose page has no date anywhere', () => {
  const codes = [
    'codes:',
    '  - id: err-1',
    '    group: sspr',
    '    symptom: s',
    '    code: ERR_1',
    '    source: https://learn.microsoft.com/entra/err',
    '    checked: 2026-12-04',
    '    title: { nb: Feil, en: Error }',
    '    meaning: { nb: Noe feilet., en: Something failed. }',
    '    action: { nb: Prøv igjen., en: Try again. }',
    '',
  ].join('\n');

  test('is reported at its source, asking for the page in the sources list', () => {
    const d = new Diagnostics();
    loadCodes(codes, 'codes.yaml', undefined, d);
    expectDiagnostics(d.list, [
      ['codes.yaml', 6, 13, 'no date for "https://learn.microsoft.com/entra/err": list the page'],
    ]);
  });

  test('takes the date from the sources list', () => {
    const d = new Diagnostics();
    const pages = loadSources(
      'pages:\n  - url: https://learn.microsoft.com/entra/err\n    date: 2025-06-06\n',
      'sources.yaml',
      d,
    );
    const { codes: loaded } = loadCodes(codes, 'codes.yaml', undefined, d, pages);
    expect(d.list).toEqual([]);
    expect(loaded[0]?.sourceDate).toBe('2025-06-06');
  });
});
