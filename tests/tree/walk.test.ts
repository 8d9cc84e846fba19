/**
 * Unit tests of walk.ts: the step rule (nextQuestion) and progress (longestRemaining) on the sample tree, and the
 * fold every flow walker uses on a small tree written out here.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findSymptom } from '../../src/tree/resolve.ts';
import type { Question, Symptom, Tree } from '../../src/tree/compiled.ts';
import type { Answer } from '../../src/tree/state.ts';
import { flowPaths, flowPoints, foldFlow, longestRemaining, nextQuestion } from '../../src/tree/walk.ts';
import { answers, loadSampleTree } from './helpers.ts';

const tree = loadSampleTree();
const blade = findSymptom(tree, 'blade-missing') as Symptom;
const quick = findSymptom(tree, 'quick-fix') as Symptom;

describe('nextQuestion', () => {
  test('the first question of the ask order comes first', () => {
    expect(nextQuestion(blade, [])).toBe('sync');
  });

  test('a question whose "when" does not hold is skipped', () => {
    expect(nextQuestion(blade, answers('sync=cloud'))).toBe('role');
  });

  test('a question whose "when" holds is asked', () => {
    expect(nextQuestion(blade, answers('sync=synced'))).toBe('writeback');
    expect(nextQuestion(blade, answers('sync=not-sure'))).toBe('writeback');
    expect(nextQuestion(blade, answers('sync=synced', 'writeback=on'))).toBe('role');
  });

  test('the first unanswered question, whatever the order of the answers', () => {
    expect(nextQuestion(blade, answers('role=admin'))).toBe('sync');
  });

  test('none when every question asked is answered', () => {
    expect(nextQuestion(blade, answers('sync=cloud', 'role=admin'))).toBeUndefined();
    expect(nextQuestion(blade, answers('sync=synced', 'writeback=off', 'role=admin'))).toBeUndefined();
  });

  test('none for a symptom that asks nothing', () => {
    expect(nextQuestion(quick, [])).toBeUndefined();
  });
});

describe('longestRemaining', () => {
  test('counts the questions of the longest path from here', () => {
    expect(longestRemaining(tree, blade, [])).toBe(3);
    expect(longestRemaining(tree, blade, answers('sync=cloud'))).toBe(1);
    expect(longestRemaining(tree, blade, answers('sync=synced'))).toBe(2);
    expect(longestRemaining(tree, blade, answers('sync=synced', 'writeback=on'))).toBe(1);
  });

  test('is 0 at a remedy and for a symptom that asks nothing', () => {
    expect(longestRemaining(tree, blade, answers('sync=cloud', 'role=user'))).toBe(0);
    expect(longestRemaining(tree, quick, [])).toBe(0);
  });
});

/** A question with these option ids, the last one "not sure". */
function question(id: string, options: string[]): Question {
  const label = { nb: id, en: id };
  return {
    id,
    label,
    remember: false,
    options: options.map((o, i) => ({
      id: o,
      label: { nb: o, en: o },
      ...(i === options.length - 1 ? { unsure: true } : {}),
    })),
  };
}

/** A symptom asking these steps, with no items or rules (the walk reads only `ask`). */
function symptom(id: string, ask: Symptom['ask']): Symptom {
  const words = { nb: id, en: id };
  return {
    id,
    heading: words,
    summary: words,
    keywords: { nb: [], en: [] },
    items: [],
    ask,
    rules: [],
    notes: [],
    claims: {},
  };
}

/**
 * colour (red, blue, not-sure); size (big, not-sure) only after colour=red; shape (round, not-sure) always.
 * Paths: red-big-round, red-big-?, red-?-round, red-?-?, blue-round, blue-?, ?-round, ?-? (8 remedies).
 */
const small: Tree = {
  version: 1,
  title: { nb: 't', en: 't' },
  intro: { nb: [], en: [] },
  questions: [
    question('colour', ['red', 'blue', 'not-sure']),
    question('size', ['big', 'not-sure']),
    question('shape', ['round', 'not-sure']),
  ],
  symptoms: [
    symptom('flow', [
      { question: 'colour' },
      { question: 'size', when: { colour: ['red'] } },
      { question: 'shape' },
    ]),
    symptom('none', []),
  ],
  roles: {
    source: 'https://learn.microsoft.com/',
    checked: '2026-01-01',
    roles: [],
    resets: {},
    protected: {},
  },
  licences: { source: 'https://learn.microsoft.com/', checked: '2026-01-01', licences: [] },
  corrections: [],
  codes: [],
  codeIds: [],
  groups: [],
};
const flow = small.symptoms[0] as Symptom;
const none = small.symptoms[1] as Symptom;
const shown = (path: readonly Answer[]) => path.map((a) => `${a.question}=${a.option}`).join(' ');

describe('flowPaths', () => {
  test('every complete path once, depth first, options in their order', () => {
    expect(flowPaths(small, flow).map(shown)).toEqual([
      'colour=red size=big shape=round',
      'colour=red size=big shape=not-sure',
      'colour=red size=not-sure shape=round',
      'colour=red size=not-sure shape=not-sure',
      'colour=blue shape=round',
      'colour=blue shape=not-sure',
      'colour=not-sure shape=round',
      'colour=not-sure shape=not-sure',
    ]);
  });

  test('continues from the answers given', () => {
    expect(flowPaths(small, flow, answers('colour=blue')).map(shown)).toEqual([
      'colour=blue shape=round',
      'colour=blue shape=not-sure',
    ]);
  });

  test('a symptom that asks nothing has one empty path', () => {
    expect(flowPaths(small, none)).toEqual([[]]);
  });
});

describe('flowPoints', () => {
  test('each question page and remedy once, in pre-order, a question before what follows it', () => {
    const points = flowPoints(small, flow);
    const keys = points.map((p) => `${shown(p.answers)} -> ${p.question ?? 'remedy'}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, 4)).toEqual([
      ' -> colour',
      'colour=red -> size',
      'colour=red size=big -> shape',
      'colour=red size=big shape=round -> remedy',
    ]);
    // 1 colour, 1 size and 4 shape pages (after red-big, red-not-sure, blue, not-sure), and 8 remedies.
    expect(points.filter((p) => p.question !== undefined)).toHaveLength(6);
    // The remedies are the ends of the flow's paths: one each, derived rather than counted by hand.
    expect(points.filter((p) => p.question === undefined)).toHaveLength(flowPaths(small, flow).length);
  });
});

describe('foldFlow', () => {
  test('folds each question from its options in order, after them (post-order)', () => {
    const seen: string[] = [];
    const count = foldFlow(small, flow, {
      remedy: (a) => (seen.push(`remedy ${shown(a)}`), 1),
      question: (a, q, outcomes) => {
        seen.push(`${q} after "${shown(a)}": ${outcomes.map((o) => `${o.option}=${o.value}`).join(' ')}`);
        return outcomes.reduce((n, o) => n + o.value, 0);
      },
    });
    expect(count).toBe(8);
    expect(seen.at(-1)).toBe('colour after "": red=4 blue=2 not-sure=2');
    expect(seen.indexOf('size after "colour=red": big=2 not-sure=2')).toBeLessThan(seen.length - 1);
  });

  test('a cut stands for the question and everything after it', () => {
    const paths = foldFlow<string[]>(small, flow, {
      remedy: (a) => [shown(a)],
      question: (_, __, outcomes) => outcomes.flatMap((o) => o.value),
      cut: (a, q) => (q === 'size' ? [`cut at ${shown(a)}`] : undefined),
    });
    expect(paths).toEqual([
      'cut at colour=red',
      'colour=blue shape=round',
      'colour=blue shape=not-sure',
      'colour=not-sure shape=round',
      'colour=not-sure shape=not-sure',
    ]);
  });

  test('a question the tree does not define has no options', () => {
    const odd = symptom('odd', [{ question: 'missing' }]);
    expect(foldFlow(small, odd, { remedy: () => 'remedy', question: (_, q, o) => `${q}:${o.length}` })).toBe(
      'missing:0',
    );
  });

  test('no path repeats a question or is longer than the ask list, whatever the ask list', () => {
    const ids = small.questions.map((q) => q.id);
    const step = fc.record({
      question: fc.constantFrom(...ids, 'unknown'),
      when: fc.option(
        fc.dictionary(
          fc.constantFrom(...ids),
          fc.array(fc.constantFrom('red', 'blue', 'big', 'round'), { minLength: 1 }),
        ),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), (steps) => {
        const ask = steps.map((s) =>
          s.when ? { question: s.question, when: s.when } : { question: s.question },
        );
        for (const path of flowPaths(small, symptom('any', ask))) {
          const asked = path.map((a) => a.question);
          expect(new Set(asked).size).toBe(asked.length);
          expect(path.length).toBeLessThanOrEqual(ask.length);
        }
      }),
    );
  });
});

describe('longestRemaining on the small tree', () => {
  test('is the longest path from here, as a fold over the walk', () => {
    expect(longestRemaining(small, flow, [])).toBe(3);
    expect(longestRemaining(small, flow, answers('colour=blue'))).toBe(1);
    expect(longestRemaining(small, none, [])).toBe(0);
    expect(longestRemaining(small, flow, [])).toBe(Math.max(...flowPaths(small, flow).map((p) => p.length)));
  });
});
