/**
 * Properties of the real tree, over every enumerated state and over generated paths (fast-check, fixed seed so a
 * run is repeatable): bounded paths, path <-> state round trips, any string as a path, and replay semantics.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { MAX_PATH, MAX_UNSURE_PATH } from '../../src/compiler/flow-checks.ts';
import { enumerateStates } from '../../src/tree/enumerate.ts';
import { chooseState, placePath, parsePath, statePath, symptomPath } from '../../src/tree/paths.ts';
import { findQuestion, resolve } from '../../src/tree/resolve.ts';
import { LANGS } from '../../src/tree/lang.ts';
import type { Lang } from '../../src/tree/lang.ts';
import type { FlowState, Place } from '../../src/tree/state.ts';
import { loadRealTree } from './helpers.ts';

const tree = loadRealTree();
const states = enumerateStates(tree);
const remedies = states.filter((s) => s.kind === 'remedy');
const questionIds = tree.questions.map((q) => q.id);
const optionIds = [...new Set(tree.questions.flatMap((q) => q.options.map((o) => o.id)))];

beforeAll(() => {
  fc.configureGlobal({ seed: 20261127, numRuns: 300 });
  return () => fc.resetConfigureGlobal();
});

/** The path segments of a state's answers (and pending answers), in canonical order. */
function pairsOf(state: FlowState): string[] {
  const given = state.kind === 'question' ? [...state.answers, ...state.pending] : state.answers;
  const order = tree.symptoms.find((s) => s.id === state.symptom)?.ask.map((a) => a.question) ?? [];
  return [...given]
    .sort((a, b) => order.indexOf(a.question) - order.indexOf(b.question))
    .flatMap((a) => [a.question, a.option]);
}

const flowPath = (lang: Lang, symptom: string, segments: string[]) =>
  symptomPath(lang, symptom) + segments.map((s) => `${s}/`).join('');

const lang = fc.constantFrom(...LANGS);

describe('bounded paths', () => {
  test('the bars are 5 questions on any path and 3 on the "not sure" path', () => {
    expect([MAX_PATH, MAX_UNSURE_PATH]).toEqual([5, 3]);
  });

  test('every enumerated remedy was reached after at most 5 answers', () => {
    expect(remedies.filter((s) => s.answers.length > MAX_PATH)).toEqual([]);
  });

  test('every enumerated question page promises at most 5 questions, and its step is within that', () => {
    for (const s of states) {
      if (s.kind !== 'question') continue;
      expect(s.atMost).toBeLessThanOrEqual(MAX_PATH);
      expect(s.step).toBe(s.answers.length + 1);
      expect(s.step).toBeLessThanOrEqual(s.atMost);
    }
  });

  test.each(tree.symptoms.map((s) => s.id))(
    '%s: "not sure" to every question reaches a remedy within 3',
    (id) => {
      let state = resolve(tree, id, []) as FlowState;
      for (let asked = 0; state.kind === 'question'; asked++) {
        expect(asked).toBeLessThan(MAX_UNSURE_PATH);
        const unsure = findQuestion(tree, state.question)?.options.find((o) => o.unsure);
        expect(unsure).toBeDefined();
        state = chooseState(tree, state, unsure?.id ?? '');
      }
      expect(state.kind).toBe('remedy');
    },
  );

  test('any combination of answers reaches a remedy within 5 choices', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...tree.symptoms.map((s) => s.id)),
        fc.array(fc.nat(), { minLength: MAX_PATH, maxLength: MAX_PATH }),
        (id, picks) => {
          let state = resolve(tree, id, []) as FlowState;
          for (const pick of picks) {
            if (state.kind !== 'question') break;
            const options = findQuestion(tree, state.question)?.options ?? [];
            state = chooseState(tree, state, options[pick % options.length]?.id ?? '');
          }
          expect(state.kind).toBe('remedy');
        },
      ),
    );
  });
});

describe('path <-> state round trips', () => {
  test('every enumerated state, in both languages: its path parses back to it', () => {
    for (const state of states) {
      for (const l of LANGS) {
        expect(parsePath(tree, statePath(tree, l, state))).toEqual({ kind: 'flow', lang: l, state });
      }
    }
  });

  test('canonical paths are fixed points', () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), lang, (state, l) => {
        const path = statePath(tree, l, state);
        expect(placePath(tree, parsePath(tree, path))).toBe(path);
      }),
    );
  });

  test('a canonical path is built from the state alone: the same path as the pairs written out', () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), lang, (state, l) => {
        expect(statePath(tree, l, state)).toBe(flowPath(l, state.symptom, pairsOf(state)));
      }),
    );
  });
});

describe('any string as a path', () => {
  const vocabulary = [
    ...LANGS,
    'about',
    ...tree.symptoms.map((s) => s.id),
    ...questionIds,
    ...optionIds,
    '__proto__',
    'constructor',
    '%',
    '%E0%A4%A',
    '%2F',
    'bl%C3%A5',
    '..',
    '.',
    '',
    ' ',
    'NB',
  ];
  const segmentPath = fc
    .tuple(
      fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 6 })), { maxLength: 12 }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([segments, lead, trail]) => `${lead ? '/' : ''}${segments.join('/')}${trail ? '/' : ''}`);
  const anyPath = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webPath(), segmentPath);

  /** A place is valid: a known kind and language, and a flow state that is what its own path resolves to. */
  function expectValid(place: Place) {
    expect(['start', 'about', 'flow', 'not-found']).toContain(place.kind);
    expect(LANGS).toContain(place.lang);
    if (place.kind === 'flow') {
      const { state } = place;
      const given = state.kind === 'question' ? [...state.answers, ...state.pending] : state.answers;
      expect(resolve(tree, state.symptom, given)).toEqual(state);
    }
  }

  test('never throws and yields a valid place whose canonical path parses to itself', () => {
    fc.assert(
      fc.property(anyPath, (pathname) => {
        const place = parsePath(tree, pathname);
        expectValid(place);
        const canonical = placePath(tree, place);
        if (place.kind === 'not-found') {
          expect(canonical).toBeUndefined();
          return;
        }
        expect(canonical).toBeDefined();
        expect(parsePath(tree, canonical as string)).toEqual(place);
        expect(placePath(tree, parsePath(tree, canonical as string))).toBe(canonical);
      }),
    );
  });

  test('a path after a known language and symptom always resolves to a state of that symptom', () => {
    fc.assert(
      fc.property(
        lang,
        fc.constantFrom(...tree.symptoms.map((s) => s.id)),
        fc.array(fc.constantFrom(...questionIds, ...optionIds, 'x'), { maxLength: 12 }),
        (l, symptom, segments) => {
          const place = parsePath(tree, flowPath(l, symptom, segments));
          expect(place).toMatchObject({ kind: 'flow', lang: l, state: { symptom } });
        },
      ),
    );
  });
});

describe('replay semantics: nearest valid state', () => {
  const anyState = fc.constantFrom(...states);
  const anyRemedy = fc.constantFrom(...remedies);

  test('reordered pairs resolve to the same state', () => {
    const reordered = anyState.chain((state) => {
      const pairs = chunk(pairsOf(state));
      return fc.tuple(
        fc.constant(state),
        fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length }),
      );
    });
    fc.assert(
      fc.property(reordered, lang, ([state, shuffled], l) => {
        expect(parsePath(tree, flowPath(l, state.symptom, shuffled.flat()))).toEqual({
          kind: 'flow',
          lang: l,
          state,
        });
      }),
    );
  });

  test('a repeated pair after the first counts for nothing', () => {
    fc.assert(
      fc.property(anyRemedy, lang, fc.nat(), fc.constantFrom(...optionIds), (state, l, which, option) => {
        if (state.answers.length === 0) return;
        const question = state.answers[which % state.answers.length]?.question as string;
        const path = flowPath(l, state.symptom, [...pairsOf(state), question, option]);
        expect(parsePath(tree, path)).toEqual({ kind: 'flow', lang: l, state });
      }),
    );
  });

  test('unknown pairs anywhere are dropped', () => {
    fc.assert(
      fc.property(
        anyState,
        lang,
        fc.nat(),
        fc.stringMatching(/^x-[a-z]{1,8}$/),
        fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !s.includes('/') && !s.includes('%')),
        (state, l, at, question, option) => {
          const pairs = chunk(pairsOf(state));
          pairs.splice(at % (pairs.length + 1), 0, [question, option]);
          expect(parsePath(tree, flowPath(l, state.symptom, pairs.flat()))).toEqual({
            kind: 'flow',
            lang: l,
            state,
          });
        },
      ),
    );
  });

  test('at a remedy, answers to questions its path does not ask are dropped, wherever they stand', () => {
    fc.assert(
      fc.property(
        anyRemedy,
        lang,
        fc.nat(),
        fc.constantFrom(...questionIds),
        fc.constantFrom(...optionIds),
        (state, l, at, question, option) => {
          if (state.answers.some((a) => a.question === question)) return;
          const pairs = chunk(pairsOf(state));
          pairs.splice(at % (pairs.length + 1), 0, [question, option]);
          expect(parsePath(tree, flowPath(l, state.symptom, pairs.flat()))).toEqual({
            kind: 'flow',
            lang: l,
            state,
          });
        },
      ),
    );
  });

  test('a trailing half pair is dropped', () => {
    fc.assert(
      fc.property(anyState, lang, fc.constantFrom(...questionIds, ...optionIds, 'x'), (state, l, half) => {
        expect(parsePath(tree, flowPath(l, state.symptom, [...pairsOf(state), half]))).toEqual({
          kind: 'flow',
          lang: l,
          state,
        });
      }),
    );
  });

  test('a prefix of a remedy path is the question state of that prefix: the path replays step by step', () => {
    fc.assert(
      fc.property(anyRemedy, lang, fc.nat(), (state, l, cut) => {
        const keep = state.answers.slice(0, cut % (state.answers.length + 1));
        const place = parsePath(
          tree,
          flowPath(
            l,
            state.symptom,
            keep.flatMap((a) => [a.question, a.option]),
          ),
        );
        expect(place).toEqual({ kind: 'flow', lang: l, state: resolve(tree, state.symptom, keep) });
        if (keep.length < state.answers.length) expect(place).toMatchObject({ state: { kind: 'question' } });
      }),
    );
  });
});

/** Splits segments into question/option pairs. */
function chunk(segments: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < segments.length; i += 2)
    pairs.push([segments[i] as string, segments[i + 1] as string]);
  return pairs;
}
