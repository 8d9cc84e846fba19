import { describe, expect, test } from 'vitest';
import { SentenceLedger } from '../../src/compiler/copied.ts';

const long = 'Open the admin center and look under Protection for the setting.';

describe('SentenceLedger: a sentence copied from one owner to another', () => {
  test('is found in the later owner, named with the first', () => {
    const ledger = new SentenceLedger();
    expect(ledger.copiesIn('alpha', 'en', `${long} Then stop.`)).toEqual([]);
    expect(ledger.copiesIn('beta', 'en', `Something else. ${long}`)).toEqual([
      { sentence: 'open the admin center and look under protection for the setting', from: 'alpha' },
    ]);
  });

  test('ignores case, spacing and punctuation, but not the language or the same owner', () => {
    const ledger = new SentenceLedger();
    ledger.copiesIn('alpha', 'en', long);
    expect(ledger.copiesIn('alpha', 'en', long)).toEqual([]);
    expect(ledger.copiesIn('beta', 'nb', long)).toEqual([]);
    expect(ledger.copiesIn('gamma', 'en', long.toUpperCase().replace(/ /g, '  '))).toHaveLength(1);
  });

  test('leaves short sentences alone: a few common words are no copy', () => {
    const ledger = new SentenceLedger();
    ledger.copiesIn('alpha', 'en', 'Sign in as an admin.');
    expect(ledger.copiesIn('beta', 'en', 'Sign in as an admin.')).toEqual([]);
  });
});
