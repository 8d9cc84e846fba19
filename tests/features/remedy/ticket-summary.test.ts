import { describe, expect, test } from 'vitest';
import { tree } from '../../../src/shared/compiled-tree.ts';
import { ticketSummary } from '../../../src/features/remedy/ticket-summary.ts';
import type { SummaryLabels } from '../../../src/features/remedy/ticket-summary.ts';
import en from '../../../src/i18n/en.json';
import nb from '../../../src/i18n/nb.json';
import { plainText } from '../../../src/tree/inline.ts';
import { describeAnswer, findQuestion } from '../../../src/tree/resolve.ts';
import { remedyAt as remedyOf } from '../../tree/helpers.ts';
import {
  EN_WRITEBACK_OFF_PATH,
  enWritebackOffSummary,
  NB_POLICY_PATH,
  nbPolicySummary,
} from './expected-summaries.ts';

describe('describeAnswer', () => {
  test('gives the question and option labels in the language asked for', () => {
    const answer = { question: 'sync', option: 'cloud-only' };
    expect(describeAnswer(tree, 'nb', answer)).toEqual({
      question: 'Synkroniseres testbrukerne?',
      option: 'Nei, bare i skyen',
    });
    expect(describeAnswer(tree, 'en', answer)).toEqual({
      question: 'Are the test users synced?',
      option: 'No, cloud only',
    });
  });

  test('falls back to the ids for an unknown question or option', () => {
    expect(describeAnswer(tree, 'nb', { question: 'nope', option: 'x' })).toEqual({
      question: 'nope',
      option: 'x',
    });
    expect(describeAnswer(tree, 'en', { question: 'writeback', option: 'x' })).toEqual({
      question: 'Is test writeback on?',
      option: 'x',
    });
  });
});

/** The summary labels as the remedy page passes them, from the UI copy. */
function labels(copy: typeof nb): SummaryLabels {
  return {
    symptom: copy.remedy.summarySymptom,
    answers: copy.remedy.summaryAnswers,
    applies: copy.remedy.summaryApplies,
    notes: copy.remedy.summaryNotes,
    links: copy.remedy.summaryLinks,
    url: copy.remedy.summaryUrl,
    noAnswers: copy.remedy.noAnswers,
    corrected: copy.remedy.corrected.replace('{{year}}', '').trim(),
    checkFirst: copy.remedy.summaryCheckFirst,
  };
}

describe('ticketSummary', () => {
  test('nb: symptom, answers, what applies, today’s guidance, links and the URL', () => {
    const url = `https://example.test${NB_POLICY_PATH}`;
    expect(ticketSummary(tree, 'nb', remedyOf(tree, NB_POLICY_PATH), url, { labels: labels(nb) })).toBe(
      nbPolicySummary(url),
    );
  });

  test('en: two answers, the nested items that apply, a note and the section’s link', () => {
    const url = `https://example.test${EN_WRITEBACK_OFF_PATH}`;
    const state = remedyOf(tree, EN_WRITEBACK_OFF_PATH);
    expect(ticketSummary(tree, 'en', state, url, { labels: labels(en) })).toBe(enWritebackOffSummary(url));
  });

  test('a symptom without questions says so under the answers', () => {
    const url = 'https://example.test/en/reset-steps/';
    const summary = ticketSummary(tree, 'en', remedyOf(tree, '/en/reset-steps/'), url, {
      labels: labels(en),
    });
    expect(summary.split('\n').slice(0, 4)).toEqual([
      "Symptom: I don't know how to reset in the test",
      '',
      'Answers:',
      '- This symptom needs no questions.',
    ]);
  });

  test('"not sure" answers are listed with where to look, after the answers', () => {
    const url = 'https://example.test/en/policy-test/tested-with/not-sure/';
    const summary = ticketSummary(tree, 'en', remedyOf(tree, '/en/policy-test/tested-with/not-sure/'), url, {
      labels: labels(en),
    });
    const lines = summary.split('\n');
    const at = lines.indexOf('Not sure yet – check these:');
    expect(lines.slice(at - 2, at + 2)).toEqual([
      '- Which account did you test with? Not sure',
      '',
      'Not sure yet – check these:',
      `- Which account did you test with? ${plainText(findQuestion(tree, 'tested-with')!.check!.where.en)}`,
    ]);
    expect(lines[at + 1]).toContain('Open the test account under Users');
    const sure = ticketSummary(
      tree,
      'en',
      remedyOf(tree, '/en/policy-test/tested-with/admin-account/'),
      url,
      { labels: labels(en) },
    );
    expect(sure).not.toContain('Not sure yet');
  });
});
