import { describe, expect, test } from 'vitest';
import { tree } from '../../../src/shared/compiled-tree.ts';
import { filterSymptoms, fold } from '../../../src/features/start/filter.ts';
import type { Symptom } from '../../../src/tree/types.ts';

const ids = (symptoms: readonly Symptom[]) => symptoms.map((s) => s.id);

/** A symptom with only what the filter reads. */
function symptom(
  id: string,
  nb: string,
  en: string,
  keywords: { nb?: string[]; en?: string[] } = {},
): Symptom {
  return {
    id,
    heading: { nb, en },
    summary: { nb: '', en: '' },
    keywords: { nb: keywords.nb ?? [], en: keywords.en ?? [] },
    items: [],
    claims: {},
    ask: [],
    rules: [],
    notes: [],
  };
}

describe('fold', () => {
  test('lower-cases', () => {
    expect(fold('NEDTONET')).toBe('nedtonet');
    expect(fold('Greyed Out')).toBe('greyed out');
  });

  test('drops diacritics', () => {
    expect(fold('Forhåndsutfylle')).toBe('forhandsutfylle');
    expect(fold('Å på é')).toBe('a pa e');
  });

  test('folds the letters Unicode does not decompose', () => {
    expect(fold('Løse Ærlig')).toBe('lose aerlig');
  });
});

describe('filterSymptoms', () => {
  const a = symptom('a', 'Knappen er nedtonet', 'The button is grayed out', { en: ['greyed'] });
  const b = symptom('b', 'Bladet vises ikke', 'The blade is missing', { nb: ['side'] });
  const c = symptom('c', 'Tilbakeskriving på lokal AD', 'Writeback to on-premises AD');
  const all = [a, b, c];

  test('an empty or blank query keeps every symptom, in order, in a new array', () => {
    expect(filterSymptoms(all, '')).toEqual(all);
    expect(filterSymptoms(all, '   ')).toEqual(all);
    expect(filterSymptoms(all, '')).not.toBe(all);
  });

  test('matches headings, summaries and keywords in either language', () => {
    expect(ids(filterSymptoms(all, 'nedtonet'))).toEqual(['a']);
    expect(ids(filterSymptoms(all, 'greyed'))).toEqual(['a']);
    expect(ids(filterSymptoms(all, 'side'))).toEqual(['b']);
    expect(ids(filterSymptoms(all, 'writeback'))).toEqual(['c']);
  });

  test('ignores case and diacritics in both the query and the text', () => {
    expect(ids(filterSymptoms(all, 'NEDTONET'))).toEqual(['a']);
    expect(ids(filterSymptoms(all, 'pa lokal'))).toEqual(['c']);
    expect(ids(filterSymptoms(all, 'PÅ'))).toEqual(['c']);
  });

  test('every word must match, in any order', () => {
    expect(ids(filterSymptoms(all, 'ad writeback'))).toEqual(['c']);
    expect(ids(filterSymptoms(all, 'blade writeback'))).toEqual([]);
  });

  test('matches parts of words', () => {
    expect(ids(filterSymptoms(all, 'blad'))).toEqual(['b']);
  });

  test('on the real tree, the examples of the filter hint find their symptoms', () => {
    expect(ids(filterSymptoms(tree.symptoms, 'forhandsutfylle'))).toEqual(['deploy-without-registration']);
    expect(ids(filterSymptoms(tree.symptoms, 'writeback'))).toEqual([
      'on-prem-integration-not-visible',
      'm365-reset-not-written-back',
      'writeback-fails-after-submit',
    ]);
    expect(ids(filterSymptoms(tree.symptoms, 'writeback office'))).toEqual(['m365-reset-not-written-back']);
  });
});
