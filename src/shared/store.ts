import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { StateStorage } from 'zustand/middleware';
import type { Answer } from '../tree/state.ts';

/** How many recently opened symptoms the start page lists. */
export const MAX_RECENT = 3;
/** The key the store persists under in localStorage. */
export const STORAGE_KEY = 'sspr-troubleshooter';
/** The version of the persisted shape; bump it and extend `migrate` when the shape changes. */
export const STORE_VERSION = 1;

/** What outlives a URL: answers to pre-mark next time, and recently opened symptoms. */
export interface PersistedState {
  /** Question id -> option id, for questions whose answers rarely change (role, licence, hybrid). */
  remembered: Record<string, string>;
  /** Symptom ids, most recent first. */
  recent: string[];
}

interface Actions {
  remember: (answers: readonly Answer[]) => void;
  visit: (symptom: string) => void;
  reset: () => void;
}

export type StoreState = PersistedState & Actions;

const EMPTY: PersistedState = { remembered: {}, recent: [] };

/** Keeps only well-formed parts of a persisted value: anything else is dropped, never crashed on. */
export function sanitize(value: unknown): PersistedState {
  if (typeof value !== 'object' || value === null) return { remembered: {}, recent: [] };
  const { remembered, recent } = value as Record<string, unknown>;
  const cleanRemembered: Record<string, string> = {};
  if (typeof remembered === 'object' && remembered !== null && !Array.isArray(remembered)) {
    for (const [question, option] of Object.entries(remembered)) {
      if (typeof option === 'string') cleanRemembered[question] = option;
    }
  }
  const cleanRecent = Array.isArray(recent)
    ? [...new Set(recent.filter((s): s is string => typeof s === 'string'))].slice(0, MAX_RECENT)
    : [];
  return { remembered: cleanRemembered, recent: cleanRecent };
}

/** localStorage that never throws: unreadable JSON reads as nothing, a full or blocked storage is ignored. */
const safeStorage: StateStorage = {
  getItem(name) {
    try {
      const raw = localStorage.getItem(name);
      if (raw === null) return null;
      JSON.parse(raw);
      return raw;
    } catch {
      return null;
    }
  },
  setItem(name, value) {
    try {
      localStorage.setItem(name, value);
    } catch {
      // Storage full or blocked: remembering is a convenience, the wizard works without it.
    }
  },
  removeItem(name) {
    try {
      localStorage.removeItem(name);
    } catch {
      // As above.
    }
  },
};

/** The app's one store. Persisted and versioned; hydrated on the client only, after the first render. */
export const useStore = create<StoreState>()(
  persist(
    (set) => ({
      ...EMPTY,
      remember: (answers) =>
        set((state) => {
          const next = { ...state.remembered };
          for (const a of answers) next[a.question] = a.option;
          return { remembered: next };
        }),
      visit: (symptom) =>
        set((state) => ({
          recent: [symptom, ...state.recent.filter((s) => s !== symptom)].slice(0, MAX_RECENT),
        })),
      reset: () => set({ ...EMPTY }),
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: createJSONStorage(() => safeStorage),
      skipHydration: true,
      partialize: (state) => ({ remembered: state.remembered, recent: state.recent }),
      // A version we do not know (older or newer) keeps only what still has the right shape.
      migrate: (persisted) => sanitize(persisted),
      merge: (persisted, current) => ({ ...current, ...sanitize(persisted) }),
    },
  ),
);
