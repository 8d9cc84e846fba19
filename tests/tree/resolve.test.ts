/** Unit tests of resolve.ts on the small tree of fixtures/sample (read its wizard.yaml beside these tests). */
import { describe, expect, test } from 'vitest';
import { findQuestion, findSymptom, isUnsure, matchCondition, resolve } from '../../src/tree/resolve.ts';
import type { Symptom } from '../../src/tree/compiled.ts';
import { answers, asRemedy, loadSampleTree } from './helpers.ts';

const tree = loadSampleTree();
const blade = findSymptom(tree, 'blade-missing') as Symptom;

describe('findSymptom and findQuestion', () => {
  test('find by id', () => {
    expect(findSymptom(tree, 'quick-fix')?.id).toBe('quick-fix');
    expect(findQuestion(tree, 'writeback')?.id).toBe('writeback');
  });

  test.each(['nope', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'find nothing for %j',
    (id) => {
      expect(findSymptom(tree, id)).toBeUndefined();
      expect(findQuestion(tree, id)).toBeUndefined();
    },
  );
});

describe('isUnsure', () => {
  test('only the option marked unsure is "not sure"', () => {
    expect(isUnsure(tree, { question: 'writeback', option: 'not-sure' })).toBe(true);
    expect(isUnsure(tree, { question: 'writeback', option: 'on' })).toBe(false);
    expect(isUnsure(tree, { question: 'writeback', option: 'off' })).toBe(false);
  });

  test('an unknown question or option is not "not sure"', () => {
    expect(isUnsure(tree, { question: 'nope', option: 'not-sure' })).toBe(false);
    expect(isUnsure(tree, { question: 'writeback', option: 'nope' })).toBe(false);
  });
});

describe('matchCondition', () => {
  test('an absent condition always holds, because of nothing', () => {
    expect(matchCondition(undefined, [])).toEqual([]);
    expect(matchCondition(undefined, answers('sync=cloud'))).toEqual([]);
  });

  test('an empty condition holds too', () => {
    expect(matchCondition({}, [])).toEqual([]);
  });

  test('holds when the answer is one of the listed options, and returns that answer', () => {
    expect(matchCondition({ sync: ['cloud', 'not-sure'] }, answers('sync=not-sure', 'role=user'))).toEqual(
      answers('sync=not-sure'),
    );
  });

  test('does not hold for an unlisted option', () => {
    expect(matchCondition({ sync: ['cloud'] }, answers('sync=synced'))).toBeUndefined();
  });

  test('does not hold when the question is unanswered', () => {
    expect(matchCondition({ sync: ['cloud'] }, answers('role=user'))).toBeUndefined();
  });

  test('every question of the condition must match; the answers come in the condition order', () => {
    const when = { sync: ['cloud'], role: ['user'] };
    expect(matchCondition(when, answers('role=user', 'sync=cloud'))).toEqual(
      answers('sync=cloud', 'role=user'),
    );
    expect(matchCondition(when, answers('role=admin', 'sync=cloud'))).toBeUndefined();
  });

  test('reads the first answer to a question when there are several', () => {
    expect(matchCondition({ sync: ['cloud'] }, answers('sync=synced', 'sync=cloud'))).toBeUndefined();
  });
});

describe('resolve: questions', () => {
  test('no answers: the first question, step 1 of at most 3', () => {
    expect(resolve(tree, 'blade-missing', [])).toEqual({
      kind: 'question',
      symptom: 'blade-missing',
      answers: [],
      question: 'sync',
      pending: [],
      step: 1,
      atMost: 3,
    });
  });

  test('atMost follows the branch: 2 after a cloud-only answer, 3 after a synced one', () => {
    expect(resolve(tree, 'blade-missing', answers('sync=cloud'))).toMatchObject({
      question: 'role',
      step: 2,
      atMost: 2,
    });
    expect(resolve(tree, 'blade-missing', answers('sync=synced'))).toMatchObject({
      question: 'writeback',
      step: 2,
      atMost: 3,
    });
    expect(resolve(tree, 'blade-missing', answers('sync=synced', 'writeback=off'))).toMatchObject({
      question: 'role',
      step: 3,
      atMost: 3,
    });
  });

  test('an unknown symptom resolves to nothing, own properties of Object included', () => {
    for (const id of ['nope', '__proto__', 'constructor', 'toString']) {
      expect(resolve(tree, id, [])).toBeUndefined();
    }
  });
});

describe('resolve: replaying the given answers', () => {
  test('the answers come back in the ask order, whatever order they were given in', () => {
    const state = resolve(tree, 'blade-missing', answers('role=admin', 'writeback=off', 'sync=synced'));
    expect(state?.answers).toEqual(answers('sync=synced', 'writeback=off', 'role=admin'));
  });

  test('answers to unknown questions are dropped', () => {
    const state = resolve(tree, 'blade-missing', answers('colour=red', 'sync=cloud', 'role=user'));
    expect(state?.answers).toEqual(answers('sync=cloud', 'role=user'));
  });

  test('an unknown option leaves its question open', () => {
    expect(resolve(tree, 'blade-missing', answers('sync=purple'))).toMatchObject({
      kind: 'question',
      question: 'sync',
      answers: [],
    });
  });

  test('an answer to a question the path does not ask is dropped', () => {
    const state = resolve(tree, 'blade-missing', answers('sync=cloud', 'writeback=on', 'role=user'));
    expect(state?.kind).toBe('remedy');
    expect(state?.answers).toEqual(answers('sync=cloud', 'role=user'));
  });

  test('of repeated answers to one question the first counts', () => {
    expect(resolve(tree, 'blade-missing', answers('sync=cloud', 'sync=synced'))?.answers).toEqual(
      answers('sync=cloud'),
    );
  });

  test('answers to a symptom that asks nothing are all dropped', () => {
    expect(resolve(tree, 'quick-fix', answers('sync=cloud'))).toEqual({
      kind: 'remedy',
      symptom: 'quick-fix',
      answers: [],
      applies: [{ item: 'restart', because: [] }],
      notes: [],
      alsoCheck: [],
      setAside: [],
    });
  });
});

describe('resolve: pending answers (after a Change)', () => {
  test('valid answers to later questions wait, in the ask order', () => {
    expect(resolve(tree, 'blade-missing', answers('role=admin', 'writeback=on'))).toMatchObject({
      kind: 'question',
      question: 'sync',
      answers: [],
      pending: answers('writeback=on', 'role=admin'),
      step: 1,
    });
  });

  test('invalid later answers do not wait', () => {
    expect(resolve(tree, 'blade-missing', answers('writeback=sideways', 'role=admin'))).toMatchObject({
      question: 'sync',
      pending: answers('role=admin'),
    });
  });

  test('a question in the middle asked again keeps the later answer pending', () => {
    expect(resolve(tree, 'blade-missing', answers('sync=synced', 'role=user'))).toMatchObject({
      question: 'writeback',
      answers: answers('sync=synced'),
      pending: answers('role=user'),
      step: 2,
      atMost: 3,
    });
  });
});

describe('resolve: remedies', () => {
  test('cloud-only user: the items that apply, each with its reasons; the rest under "also check"', () => {
    expect(resolve(tree, 'blade-missing', answers('sync=cloud', 'role=user'))).toEqual({
      kind: 'remedy',
      symptom: 'blade-missing',
      answers: answers('sync=cloud', 'role=user'),
      applies: [
        { item: 'hybrid-only', because: answers('sync=cloud') },
        { item: 'ask-admin', because: answers('sync=cloud', 'role=user') },
        { item: 'read-more', because: [] },
      ],
      notes: [{ note: 'tab-renamed', because: [] }],
      alsoCheck: ['writeback-off', 'connect-broken'],
      setAside: [],
    });
  });

  test('an item whose claim the answers make untrue is set aside, not under "also check"', () => {
    const claims = { 'writeback-off': { untrueWhen: { writeback: ['on'] } } };
    const withClaim = {
      ...tree,
      symptoms: tree.symptoms.map((s) => (s.id === blade.id ? { ...s, claims } : s)),
    };
    const on = asRemedy(
      resolve(withClaim, 'blade-missing', answers('sync=synced', 'writeback=on', 'role=user')),
    );
    expect(on.alsoCheck).not.toContain('writeback-off');
    expect(on.setAside).toEqual([{ item: 'writeback-off', claim: claims['writeback-off'] }]);
    const off = asRemedy(resolve(withClaim, 'blade-missing', answers('sync=cloud', 'role=user')));
    expect(off.setAside).toEqual([]);
    expect(off.alsoCheck).toContain('writeback-off');
  });

  test('of several rules for one item, the first that holds gives the reasons', () => {
    const state = asRemedy(
      resolve(tree, 'blade-missing', answers('sync=synced', 'writeback=on', 'role=user')),
    );
    expect(state.applies.find((a) => a.item === 'ask-admin')).toEqual({
      item: 'ask-admin',
      because: answers('role=user'),
    });
  });

  test('synced with writeback off, as an admin', () => {
    const state = asRemedy(
      resolve(tree, 'blade-missing', answers('sync=synced', 'writeback=off', 'role=admin')),
    );
    expect(state.applies).toEqual([
      { item: 'writeback-off', because: answers('writeback=off') },
      { item: 'read-more', because: [] },
    ]);
    expect(state.notes).toEqual([
      { note: 'tab-renamed', because: [] },
      { note: 'turn-on-writeback', because: answers('writeback=off') },
    ]);
    expect(state.alsoCheck).toEqual(['hybrid-only', 'connect-broken', 'ask-admin']);
  });

  test('"not sure" everywhere: every item that might apply does, in article order', () => {
    const state = asRemedy(
      resolve(tree, 'blade-missing', answers('sync=not-sure', 'writeback=not-sure', 'role=not-sure')),
    );
    expect(state.applies.map((a) => a.item)).toEqual([
      'hybrid-only',
      'writeback-off',
      'connect-broken',
      'ask-admin',
      'read-more',
    ]);
    expect(state.notes.map((n) => n.note)).toEqual(['tab-renamed']);
    expect(state.alsoCheck).toEqual([]);
  });

  test('applies and alsoCheck together hold every item exactly once', () => {
    const state = asRemedy(
      resolve(tree, 'blade-missing', answers('sync=synced', 'writeback=on', 'role=admin')),
    );
    expect([...state.applies.map((a) => a.item), ...state.alsoCheck].sort()).toEqual(
      blade.items.map((i) => i.id).sort(),
    );
  });
});
