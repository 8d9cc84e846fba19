import { describe, expect, it } from 'vitest';
import { median, quantile } from '../../scripts/bench/measure.ts';
import { inlineStylesOf, stylesheetsOf } from '../../scripts/bench/pages.ts';
import { info, judged, markdownTable, skipped } from '../../scripts/bench/table.ts';

describe('bench statistics', () => {
  it('takes quantiles by nearest rank, so every figure is a measured value', () => {
    const values = [5, 1, 4, 2, 3];
    expect(median(values)).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(quantile(values, 0.95)).toBe(5);
    expect(
      quantile(
        Array.from({ length: 50 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBe(48);
    expect(median([])).toBeNaN();
  });
});

describe('bench table', () => {
  it('prints one Markdown row per measure, with the budget and pass, over or why not measured', () => {
    const table = markdownTable([
      judged('CSS gzip', '1.5 kB', '<= 10 kB', true),
      judged('Step | transition', '60 ms', 'p95 <= 50 ms', false),
      info('HTML gzip', '2.5 kB'),
      skipped('Lighthouse', 'Chromium is missing', '100'),
    ]).split('\n');
    expect(table).toHaveLength(6);
    expect(table[0]).toMatch(/^\| Measure +\| Value +\| Budget +\| Result \|$/);
    expect(table[1]).toMatch(/^\| -+ \| -+ \| -+ \| -+ \|$/);
    expect(table[2]).toMatch(/^\| CSS gzip +\| 1\.5 kB +\| <= 10 kB +\| pass +\|$/);
    expect(table[3]).toContain('Step \\| transition');
    expect(table[3]).toMatch(/\| over +\|$/);
    expect(table[5]).toContain('not measured: Chromium is missing');
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
  });
});

describe('stylesheetsOf', () => {
  it('finds the stylesheets a page links, not its icons or preloads', () => {
    const html =
      '<link rel="icon" href="/favicon.ico"><link rel="stylesheet" crossorigin href="/assets/index-x.css">' +
      '<link rel="modulepreload" href="/assets/a.js"><link href="/b.css" rel="stylesheet" />';
    expect(stylesheetsOf(html)).toEqual(['/assets/index-x.css', '/b.css']);
  });
});

describe('inlineStylesOf', () => {
  it('finds the <style> elements of a page, whole and in order', () => {
    const html =
      '<head><style>a{color:red}</style><link rel="stylesheet" href="/x.css"></head><style>\nb{}\n</style>';
    expect(inlineStylesOf(html)).toEqual(['<style>a{color:red}</style>', '<style>\nb{}\n</style>']);
    expect(inlineStylesOf('<link rel="stylesheet" href="/x.css">')).toEqual([]);
  });
});
