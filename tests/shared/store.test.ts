import { afterEach, describe, expect, test, vi } from 'vitest';
import { MAX_RECENT, sanitize, STORAGE_KEY, STORE_VERSION, useStore } from '../../src/shared/store.ts';
import { loadStored } from '../test-utils.tsx';

const stored = (state: unknown, version: unknown = STORE_VERSION) => JSON.stringify({ state, version });
const persisted = () => {
  const { remembered, recent } = useStore.getState();
  return { remembered, recent };
};

describe('sanitize', () => {
  test('keeps a well-formed value as it is', () => {
    expect(sanitize({ remembered: { licence: 'entra-id-free' }, recent: ['how-to-reset'] })).toEqual({
      remembered: { licence: 'entra-id-free' },
      recent: ['how-to-reset'],
    });
  });

  test.each([null, undefined, 'junk', 42, true, ['a']])(
    'drops a value that is not an object: %j',
    (value) => {
      expect(sanitize(value)).toEqual({ remembered: {}, recent: [] });
    },
  );

  test.each(['licence', 7, null, ['licence', 'x']])(
    'drops remembered answers that are not a map: %j',
    (value) => {
      expect(sanitize({ remembered: value, recent: ['how-to-reset'] })).toEqual({
        remembered: {},
        recent: ['how-to-reset'],
      });
    },
  );

  test('drops remembered values that are not strings, keeps the rest', () => {
    expect(
      sanitize({
        remembered: {
          licence: 3,
          'your-role': null,
          writeback: { on: true },
          'synced-users': 'synced',
          x: ['a'],
        },
      }),
    ).toEqual({ remembered: { 'synced-users': 'synced' }, recent: [] });
  });

  test.each(['how-to-reset', 3, { 0: 'how-to-reset' }])(
    'drops recent symptoms that are not a list: %j',
    (value) => {
      expect(sanitize({ recent: value })).toEqual({ remembered: {}, recent: [] });
    },
  );

  test('keeps recent symptoms that are strings, without duplicates, at most MAX_RECENT', () => {
    expect(sanitize({ recent: [1, 'a', null, 'a', 'b', { id: 'x' }, 'c', 'd'] })).toEqual({
      remembered: {},
      recent: ['a', 'b', 'c'],
    });
    expect(MAX_RECENT).toBe(3);
  });

  test('returns fresh objects each time', () => {
    const first = sanitize(null);
    first.recent.push('x');
    first.remembered.x = 'y';
    expect(sanitize(null)).toEqual({ remembered: {}, recent: [] });
  });
});

describe('actions', () => {
  test('remember stores each answer under its question, later answers replacing earlier ones', () => {
    useStore.getState().remember([{ question: 'licence', option: 'entra-id-free' }]);
    useStore.getState().remember([
      { question: 'licence', option: 'm365-business-premium' },
      { question: 'your-role', option: 'user-admin' },
    ]);
    expect(useStore.getState().remembered).toEqual({
      licence: 'm365-business-premium',
      'your-role': 'user-admin',
    });
  });

  test('visit lists symptoms most recent first, each once, at most three', () => {
    const { visit } = useStore.getState();
    visit('a');
    visit('b');
    expect(useStore.getState().recent).toEqual(['b', 'a']);
    visit('a');
    expect(useStore.getState().recent).toEqual(['a', 'b']);
    visit('c');
    visit('d');
    expect(useStore.getState().recent).toEqual(['d', 'c', 'a']);
  });

  test('reset forgets everything', () => {
    useStore.getState().visit('a');
    useStore.getState().remember([{ question: 'licence', option: 'entra-id-free' }]);
    useStore.getState().reset();
    expect(persisted()).toEqual({ remembered: {}, recent: [] });
  });

  test('persists only the data, with its version, under its key', () => {
    useStore.getState().visit('how-to-reset');
    useStore.getState().remember([{ question: 'licence', option: 'entra-id-free' }]);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')).toEqual({
      state: { remembered: { licence: 'entra-id-free' }, recent: ['how-to-reset'] },
      version: STORE_VERSION,
    });
  });
});

describe('hydration', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('reads what an earlier visit stored', async () => {
    await loadStored(stored({ remembered: { writeback: 'on' }, recent: ['policy-testing'] }));
    expect(persisted()).toEqual({ remembered: { writeback: 'on' }, recent: ['policy-testing'] });
  });

  test.each([
    ['a junk string', 'not json at all'],
    ['truncated JSON', stored({ remembered: { licence: 'entra-id-free' } }).slice(0, 25)],
    ['JSON null', 'null'],
    ['a bare number', '42'],
    ['a wrong shape', JSON.stringify({ remembered: { licence: 'x' } })],
    ['a state of the wrong type', stored('everything')],
    ['lists where maps belong', stored({ remembered: ['licence'], recent: { a: 1 } })],
  ])('drops %s without an error', async (_, raw) => {
    const error = vi.spyOn(console, 'error');
    // Something in memory first: it is replaced only if hydration really ran to its end.
    useStore.setState({ recent: ['before'] });
    await loadStored(raw);
    expect(persisted()).toEqual({ remembered: {}, recent: [] });
    expect(error).not.toHaveBeenCalled();
  });

  test('keeps the well-formed parts of corrupt data', async () => {
    await loadStored(
      stored({ remembered: { licence: 42, writeback: 'off' }, recent: ['how-to-reset', 7, 'how-to-reset'] }),
    );
    expect(persisted()).toEqual({ remembered: { writeback: 'off' }, recent: ['how-to-reset'] });
  });

  test.each([0, STORE_VERSION + 1, 99])(
    'migrates data of version %i to the current shape',
    async (version) => {
      const error = vi.spyOn(console, 'error');
      await loadStored(
        stored(
          { remembered: { licence: 'entra-id-free', bad: 1 }, recent: ['a', 'b', 'c', 'd'], extra: 'x' },
          version,
        ),
      );
      expect(persisted()).toEqual({ remembered: { licence: 'entra-id-free' }, recent: ['a', 'b', 'c'] });
      expect(error).not.toHaveBeenCalled();
      // The migrated data is written back under the current version.
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')).toMatchObject({
        version: STORE_VERSION,
      });
    },
  );

  test('a storage that throws is treated as empty', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    await useStore.persist.rehydrate();
    expect(persisted()).toEqual({ remembered: {}, recent: [] });
    expect(() => useStore.getState().visit('how-to-reset')).not.toThrow();
    expect(useStore.getState().recent).toEqual(['how-to-reset']);
  });
});
