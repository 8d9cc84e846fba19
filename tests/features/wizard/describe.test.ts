import { describe, expect, test } from 'vitest';
import { tree } from '../../../src/app/tree.ts';
import {
  collectLinks,
  describeAnswer,
  plainText,
  remedyLinks,
  ticketSummary,
} from '../../../src/features/wizard/describe.ts';
import type { SummaryLabels } from '../../../src/features/wizard/describe.ts';
import en from '../../../src/i18n/en.json';
import nb from '../../../src/i18n/nb.json';
import { parsePath } from '../../../src/tree/paths.ts';
import { findQuestion } from '../../../src/tree/resolve.ts';
import type { FlowState, Inline, Symptom } from '../../../src/tree/types.ts';
import {
  EN_WRITEBACK_OFF_PATH,
  enWritebackOffSummary,
  NB_POLICY_PATH,
  nbPolicySummary,
} from './expected-summaries.ts';

type Remedy = FlowState & { kind: 'remedy' };

/** The remedy state a path stands for (fails the test if it is not a remedy). */
function remedyAt(path: string): Remedy {
  const location = parsePath(tree, path);
  if (location.kind !== 'flow' || location.state.kind !== 'remedy')
    throw new Error(`${path} is not a remedy`);
  return location.state;
}

const text = (value: string): Inline => ({ type: 'text', value });
const link = (url: string, label: string): Inline => ({
  type: 'link',
  url,
  host: new URL(url).hostname,
  children: [text(label)],
});

describe('plainText', () => {
  test('joins text, code and the text inside strong, emphasis and links', () => {
    expect(
      plainText([
        text('Go to '),
        { type: 'strong', children: [text('Users'), { type: 'emphasis', children: [text(' > All')] }] },
        text(', run '),
        { type: 'code', value: 'Get-MgUser' },
        text(' or read '),
        link('https://learn.microsoft.com/x', 'the docs'),
        text('.'),
      ]),
    ).toBe('Go to Users > All, run Get-MgUser or read the docs.');
  });

  test('folds runs of whitespace and trims the ends', () => {
    expect(plainText([text('  one\n  two\t three  ')])).toBe('one two three');
  });

  test('is empty for no content', () => {
    expect(plainText([])).toBe('');
  });
});

describe('collectLinks', () => {
  test('finds links at any depth, with label and host', () => {
    expect(
      collectLinks([
        [text('See '), { type: 'strong', children: [link('https://a.example/x', 'A')] }],
        [{ type: 'emphasis', children: [link('https://b.example/y', ' B  label ')] }],
      ]),
    ).toEqual([
      { url: 'https://a.example/x', label: 'A', host: 'a.example' },
      { url: 'https://b.example/y', label: 'B label', host: 'b.example' },
    ]);
  });

  test('keeps the first occurrence of each URL only', () => {
    expect(
      collectLinks([
        [link('https://a.example/x', 'first')],
        [link('https://b.example/', 'other'), link('https://a.example/x', 'second')],
      ]),
    ).toEqual([
      { url: 'https://a.example/x', label: 'first', host: 'a.example' },
      { url: 'https://b.example/', label: 'other', host: 'b.example' },
    ]);
  });

  test('is empty without links', () => {
    expect(collectLinks([[text('no links')], []])).toEqual([]);
  });
});

describe('remedyLinks', () => {
  const item = (id: string, content: Inline[]) => ({
    id,
    kind: 'bullet' as const,
    depth: 0,
    content: { nb: content, en: content },
  });
  const symptom: Symptom = {
    id: 's',
    heading: { nb: 'S', en: 'S' },
    summary: { nb: '', en: '' },
    keywords: { nb: [], en: [] },
    // Article order is the reverse of the order the links should come in.
    items: [
      item('rest', [link('https://rest.example/', 'Rest'), link('https://applies.example/', 'Again')]),
      item('applies', [link('https://applies.example/', 'Applies')]),
    ],
    ask: [],
    rules: [],
    claims: {},
    notes: [
      {
        id: 'n',
        item: 'rest',
        checked: '2026-01-02',
        source: 'https://source.example/',
        text: { nb: [link('https://note.example/', 'Note')], en: [link('https://note.example/', 'Note')] },
      },
    ],
  };
  const state: Remedy = {
    kind: 'remedy',
    symptom: 's',
    answers: [],
    applies: [{ item: 'applies', because: [] }],
    notes: [{ note: 'n', because: [] }],
    alsoCheck: ['rest'],
    setAside: [],
  };

  test('lists what applies first, then the notes, then the rest of the section, each URL once', () => {
    expect(remedyLinks(symptom, state, 'nb').map((l) => l.label)).toEqual(['Applies', 'Note', 'Rest']);
  });

  test('leaves out the links of notes that do not apply', () => {
    expect(remedyLinks(symptom, { ...state, notes: [] }, 'en').map((l) => l.label)).toEqual([
      'Applies',
      'Rest',
    ]);
  });

  test('on the real tree: the note link of how-to-reset', () => {
    expect(
      remedyLinks(
        tree.symptoms.find((s) => s.id === 'how-to-reset')!,
        remedyAt('/en/how-to-reset/'),
        'en',
      ),
    ).toEqual([
      {
        url: 'https://entra.microsoft.com',
        label: 'Microsoft Entra admin center',
        host: 'entra.microsoft.com',
      },
    ]);
  });
});

describe('describeAnswer', () => {
  test('gives the question and option labels in the language asked for', () => {
    const answer = { question: 'synced-users', option: 'cloud-only' };
    expect(describeAnswer(tree, 'nb', answer)).toEqual({
      question: 'Synkroniseres brukerne fra en lokal Active Directory?',
      option: 'Nei, alle brukerne finnes bare i skyen',
    });
    expect(describeAnswer(tree, 'en', answer)).toEqual({
      question: 'Are your users synced from an on-premises Active Directory?',
      option: 'No, all users are cloud-only',
    });
  });

  test('falls back to the ids for an unknown question or option', () => {
    expect(describeAnswer(tree, 'nb', { question: 'nope', option: 'x' })).toEqual({
      question: 'nope',
      option: 'x',
    });
    expect(describeAnswer(tree, 'en', { question: 'writeback', option: 'x' })).toEqual({
      question: 'Is password writeback turned on?',
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
    expect(ticketSummary(tree, 'nb', remedyAt(NB_POLICY_PATH), url, labels(nb))).toBe(nbPolicySummary(url));
  });

  test('en: two answers, the nested items that apply, a note and the section’s link', () => {
    const url = `https://example.test${EN_WRITEBACK_OFF_PATH}`;
    const state = remedyAt(EN_WRITEBACK_OFF_PATH);
    expect(ticketSummary(tree, 'en', state, url, labels(en))).toBe(enWritebackOffSummary(url));
  });

  test('"not sure" answers are listed with where to look, after the answers', () => {
    const url = 'https://example.test/en/policy-testing/tested-as/not-sure/';
    const summary = ticketSummary(
      tree,
      'en',
      remedyAt('/en/policy-testing/tested-as/not-sure/'),
      url,
      labels(en),
    );
    const lines = summary.split('\n');
    const at = lines.indexOf('Not sure yet – check these:');
    expect(lines.slice(at - 2, at + 2)).toEqual([
      '- Which account did you test the policy with? Not sure',
      '',
      'Not sure yet – check these:',
      `- Which account did you test the policy with? ${plainText(findQuestion(tree, 'tested-as')!.check!.where.en)}`,
    ]);
    expect(lines[at + 1]).toContain('Entra ID > Users');
    const sure = ticketSummary(
      tree,
      'en',
      remedyAt('/en/policy-testing/tested-as/admin-account/'),
      url,
      labels(en),
    );
    expect(sure).not.toContain('Not sure yet');
  });

  test('a symptom without questions says so under the answers', () => {
    const url = 'https://example.test/en/m365-reset-not-written-back/';
    const summary = ticketSummary(tree, 'en', remedyAt('/en/m365-reset-not-written-back/'), url, labels(en));
    expect(summary.split('\n').slice(0, 4)).toEqual([
      "Symptom: I reset an on-premises user's password from the Office 365 admin portal or the Office 365 mobile app, but the user still can't sign in",
      '',
      'Answers:',
      '- This symptom needs no questions.',
    ]);
  });
});
