/** Unit tests of paths.ts on the small tree of fixtures/sample: URLs, links between states, and parsing any path. */
import { describe, expect, test } from 'vitest';
import {
  ABOUT_SEGMENT,
  aboutPath,
  backState,
  changeState,
  chooseState,
  isLang,
  placePath,
  parsePath,
  startPath,
  statePath,
  switchLanguagePath,
  symptomOfPath,
  symptomPath,
} from '../../src/tree/paths.ts';
import { resolve } from '../../src/tree/resolve.ts';
import { LANGS } from '../../src/tree/lang.ts';
import type { FlowState, Place } from '../../src/tree/state.ts';
import { answers, asQuestion, asRemedy, loadSampleTree } from './helpers.ts';

const tree = loadSampleTree();
const state = (...pairs: string[]) => resolve(tree, 'blade-missing', answers(...pairs)) as FlowState;
const flow = (lang: 'nb' | 'en', s: FlowState): Place => ({ kind: 'flow', lang, state: s });

test('the languages are Norwegian first (the default of a URL without one), then English', () => {
  expect(LANGS).toEqual(['nb', 'en']);
});

describe('simple paths', () => {
  test('start, about and a symptom, each with a trailing slash', () => {
    expect(startPath('nb')).toBe('/nb/');
    expect(startPath('en')).toBe('/en/');
    expect(aboutPath('en')).toBe('/en/about/');
    expect(ABOUT_SEGMENT).toBe('about');
    expect(symptomPath('nb', 'blade-missing')).toBe('/nb/blade-missing/');
  });

  test('isLang knows nb and en only', () => {
    expect(isLang('nb')).toBe(true);
    expect(isLang('en')).toBe(true);
    for (const value of ['NB', 'no', 'de', '', '__proto__', 'constructor']) expect(isLang(value)).toBe(false);
  });
});

describe('statePath', () => {
  test('a first question is the symptom path', () => {
    expect(statePath(tree, 'nb', state())).toBe('/nb/blade-missing/');
  });

  test('a remedy lists its answers as question/option pairs in the ask order', () => {
    expect(statePath(tree, 'en', state('role=user', 'writeback=off', 'sync=synced'))).toBe(
      '/en/blade-missing/sync/synced/writeback/off/role/user/',
    );
  });

  test('a question state keeps its pending answers in the path', () => {
    expect(statePath(tree, 'nb', state('role=admin', 'writeback=on'))).toBe(
      '/nb/blade-missing/writeback/on/role/admin/',
    );
  });

  test('a symptom that asks nothing has one path', () => {
    expect(statePath(tree, 'nb', resolve(tree, 'quick-fix', []) as FlowState)).toBe('/nb/quick-fix/');
  });
});

describe('chooseState', () => {
  test('an option leads to the next question, or to the remedy', () => {
    expect(chooseState(tree, asQuestion(state()), 'cloud')).toMatchObject({
      kind: 'question',
      question: 'role',
    });
    expect(chooseState(tree, asQuestion(state('sync=cloud')), 'user')).toMatchObject({
      kind: 'remedy',
      answers: answers('sync=cloud', 'role=user'),
    });
  });

  test('pending answers are replayed after the choice', () => {
    const asked = asQuestion(state('writeback=on', 'role=admin'));
    expect(chooseState(tree, asked, 'synced')).toMatchObject({
      kind: 'remedy',
      answers: answers('sync=synced', 'writeback=on', 'role=admin'),
    });
  });

  test('a pending answer to a question the new path skips is dropped', () => {
    const asked = asQuestion(state('writeback=on', 'role=admin'));
    expect(chooseState(tree, asked, 'cloud')).toMatchObject({
      kind: 'remedy',
      answers: answers('sync=cloud', 'role=admin'),
    });
  });

  test('an unknown option stays on the question', () => {
    expect(chooseState(tree, asQuestion(state()), 'purple')).toEqual(state());
  });
});

describe('changeState', () => {
  const remedy = state('sync=synced', 'writeback=on', 'role=admin');

  test('changing the first answer asks it again and keeps the later answers pending', () => {
    expect(changeState(tree, remedy, 'sync')).toMatchObject({
      kind: 'question',
      question: 'sync',
      answers: [],
      pending: answers('writeback=on', 'role=admin'),
    });
  });

  test('the later answers that still apply are kept after the new choice', () => {
    const asked = asQuestion(changeState(tree, remedy, 'sync'));
    expect(chooseState(tree, asked, 'not-sure')).toMatchObject({
      kind: 'remedy',
      answers: answers('sync=not-sure', 'writeback=on', 'role=admin'),
    });
  });

  test('a later answer that no longer applies is dropped after the new choice', () => {
    const asked = asQuestion(changeState(tree, remedy, 'sync'));
    expect(statePath(tree, 'nb', chooseState(tree, asked, 'cloud'))).toBe(
      '/nb/blade-missing/sync/cloud/role/admin/',
    );
  });

  test('changing a middle answer keeps the earlier ones answered and the later ones pending', () => {
    expect(changeState(tree, remedy, 'writeback')).toMatchObject({
      kind: 'question',
      question: 'writeback',
      answers: answers('sync=synced'),
      pending: answers('role=admin'),
    });
  });

  test('changing the last answer keeps all the others', () => {
    expect(changeState(tree, remedy, 'role')).toMatchObject({
      kind: 'question',
      question: 'role',
      answers: answers('sync=synced', 'writeback=on'),
      pending: [],
    });
  });

  test('a Change on a question page carries its pending answers too', () => {
    const asked = state('sync=synced', 'role=admin');
    expect(changeState(tree, asked, 'sync')).toMatchObject({
      question: 'sync',
      answers: [],
      pending: answers('role=admin'),
    });
  });
});

describe('backState', () => {
  test('there is no step before a first question', () => {
    expect(backState(tree, state())).toBeUndefined();
  });

  test('nor before a remedy that asks nothing', () => {
    expect(backState(tree, resolve(tree, 'quick-fix', []) as FlowState)).toBeUndefined();
  });

  test('from a remedy, the last answer is taken back', () => {
    expect(backState(tree, state('sync=cloud', 'role=user'))).toEqual(state('sync=cloud'));
  });

  test('from a question, the last answer is taken back and pending answers are not carried', () => {
    const asked = asQuestion(state('sync=synced', 'role=admin'));
    expect(backState(tree, asked)).toEqual({
      kind: 'question',
      symptom: 'blade-missing',
      answers: [],
      question: 'sync',
      pending: [],
      step: 1,
      atMost: 3,
    });
  });
});

describe('placePath and switchLanguagePath', () => {
  test('each place has its canonical path; not-found has none', () => {
    expect(placePath(tree, { kind: 'start', lang: 'en' })).toBe('/en/');
    expect(placePath(tree, { kind: 'about', lang: 'nb' })).toBe('/nb/about/');
    expect(placePath(tree, flow('en', state('sync=cloud')))).toBe('/en/blade-missing/sync/cloud/');
    expect(placePath(tree, { kind: 'not-found', lang: 'nb' })).toBeUndefined();
  });

  test('switching language keeps the state and swaps the prefix', () => {
    const remedy = state('sync=synced', 'writeback=on', 'role=admin');
    expect(switchLanguagePath(tree, flow('nb', remedy), 'en')).toBe(
      '/en/blade-missing/sync/synced/writeback/on/role/admin/',
    );
    expect(switchLanguagePath(tree, flow('en', state('role=admin')), 'nb')).toBe(
      '/nb/blade-missing/role/admin/',
    );
    expect(switchLanguagePath(tree, { kind: 'start', lang: 'nb' }, 'en')).toBe('/en/');
    expect(switchLanguagePath(tree, { kind: 'about', lang: 'en' }, 'nb')).toBe('/nb/about/');
  });

  test('switching language on a not-found page goes to the start page of the other language', () => {
    expect(switchLanguagePath(tree, { kind: 'not-found', lang: 'nb' }, 'en')).toBe('/en/');
  });
});

describe('parsePath', () => {
  const first = state();

  test.each<[string, Place]>([
    ['', { kind: 'not-found', lang: 'nb' }],
    ['/', { kind: 'not-found', lang: 'nb' }],
    ['/nb', { kind: 'start', lang: 'nb' }],
    ['/nb/', { kind: 'start', lang: 'nb' }],
    ['/en/', { kind: 'start', lang: 'en' }],
    ['/de/', { kind: 'not-found', lang: 'nb' }],
    ['/NB/', { kind: 'not-found', lang: 'nb' }],
    ['/en/about/', { kind: 'about', lang: 'en' }],
    ['/en/about', { kind: 'about', lang: 'en' }],
    ['/en/about/more/', { kind: 'not-found', lang: 'en' }],
    ['/nb/nope/', { kind: 'not-found', lang: 'nb' }],
    ['/en/nope/sync/cloud/', { kind: 'not-found', lang: 'en' }],
    ['/nb/__proto__/', { kind: 'not-found', lang: 'nb' }],
    ['/en/constructor/', { kind: 'not-found', lang: 'en' }],
  ])('%j is %o', (pathname, place) => {
    expect(parsePath(tree, pathname)).toEqual(place);
  });

  test('a symptom path without its trailing slash is the same state', () => {
    expect(parsePath(tree, '/nb/blade-missing')).toEqual(flow('nb', first));
    expect(parsePath(tree, '/en/blade-missing/sync/cloud')).toEqual(flow('en', state('sync=cloud')));
  });

  test('empty segments (double slashes) are ignored', () => {
    expect(parsePath(tree, '//nb//blade-missing//sync/cloud//')).toEqual(flow('nb', state('sync=cloud')));
  });

  test('percent-encoded segments are decoded', () => {
    expect(parsePath(tree, '/nb/blade%2Dmissing/sync/cloud/')).toEqual(flow('nb', state('sync=cloud')));
  });

  test.each(['/nb/%E0%A4%A/', '/nb/blade-missing/sync/%ZZ/', '/nb/blade-missing/%/'])(
    'broken percent-encoding %j is not found, without throwing',
    (pathname) => {
      expect(parsePath(tree, pathname)).toEqual({ kind: 'not-found', lang: 'nb' });
    },
  );

  test('broken percent-encoding after /en/ gives the English not-found page', () => {
    expect(parsePath(tree, '/en/blade-missing/%E0%A4%A/')).toEqual({ kind: 'not-found', lang: 'en' });
  });

  test('__proto__ as a pair is an unknown question: dropped, nothing polluted', () => {
    expect(parsePath(tree, '/nb/blade-missing/__proto__/polluted/sync/cloud/')).toEqual(
      flow('nb', state('sync=cloud')),
    );
    expect(parsePath(tree, '/nb/blade-missing/sync/__proto__/')).toEqual(flow('nb', first));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('reordered pairs give the canonical state', () => {
    expect(parsePath(tree, '/en/blade-missing/role/user/sync/cloud/')).toEqual(
      flow('en', state('sync=cloud', 'role=user')),
    );
  });

  test('of repeated pairs the first counts', () => {
    expect(parsePath(tree, '/nb/blade-missing/sync/cloud/sync/synced/')).toEqual(
      flow('nb', state('sync=cloud')),
    );
  });

  test('a trailing half pair is dropped', () => {
    expect(parsePath(tree, '/nb/blade-missing/sync/cloud/role/')).toEqual(flow('nb', state('sync=cloud')));
  });

  test('unknown pairs and answers the path does not ask are dropped', () => {
    expect(parsePath(tree, '/nb/blade-missing/colour/red/sync/cloud/writeback/on/role/user/')).toEqual(
      flow('nb', state('sync=cloud', 'role=user')),
    );
  });
});

describe('symptomOfPath', () => {
  test('names the symptom of a path whose symptom is known', () => {
    expect(symptomOfPath(tree, '/nb/blade-missing/nonsense/')).toBe('blade-missing');
    expect(symptomOfPath(tree, '/en/quick-fix/a/b/%ZZ/')).toBe('quick-fix');
  });

  test('names none for an unknown symptom or a bare language', () => {
    expect(symptomOfPath(tree, '/nb/nope/')).toBeUndefined();
    expect(symptomOfPath(tree, '/nb/__proto__/')).toBeUndefined();
    expect(symptomOfPath(tree, '/nb/')).toBeUndefined();
    expect(symptomOfPath(tree, '')).toBeUndefined();
    // A mistyped language still names its symptom, so the not-found page can link to it.
    expect(symptomOfPath(tree, '/xx/blade-missing/')).toBe('blade-missing');
  });
});

test('a remedy parsed from its own path is the same remedy', () => {
  const remedy = asRemedy(state('sync=synced', 'writeback=off', 'role=user'));
  expect(parsePath(tree, statePath(tree, 'en', remedy))).toEqual(flow('en', remedy));
});
