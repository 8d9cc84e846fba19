import { findSymptom } from './resolve.ts';
import { LANGS } from './types.ts';
import type { Lang, Location, Tree, TreeText } from './types.ts';

/** The name of the about page's text part. */
export const ABOUT_PART = 'about';

/** The key of a text part: `<lang>/<symptom id>` or `<lang>/about`. */
export function textKey(lang: Lang, part: string): string {
  return `${lang}/${part}`;
}

/** The text part a location shows beyond the tree's structure: a remedy's symptom, or the about page; else none. */
export function textPartOf(location: Location): string | undefined {
  if (location.kind === 'about') return ABOUT_PART;
  if (location.kind === 'flow' && location.state.kind === 'remedy') return location.state.symptom;
  return undefined;
}

/**
 * Splits a tree into its structure (every id, rule, label and heading, but no article text, note text or
 * corrections) and its text parts, one per symptom and language plus the about page's, keyed by `textKey`.
 */
export function splitTree(tree: Tree): { core: Tree; parts: Record<string, TreeText> } {
  const empty = () => ({ nb: [], en: [] });
  const core: Tree = {
    ...tree,
    corrections: [],
    symptoms: tree.symptoms.map((s) => ({
      ...s,
      items: s.items.map((item) => ({ ...item, content: empty() })),
      notes: s.notes.map((note) => ({ ...note, text: empty() })),
    })),
  };
  const parts: Record<string, TreeText> = {};
  for (const lang of LANGS) {
    for (const s of tree.symptoms) {
      parts[textKey(lang, s.id)] = {
        lang,
        symptom: s.id,
        items: Object.fromEntries(s.items.map((item) => [item.id, item.content[lang]])),
        notes: Object.fromEntries(s.notes.map((note) => [note.id, note.text[lang]])),
      };
    }
    parts[textKey(lang, ABOUT_PART)] = { lang, items: {}, notes: {}, corrections: tree.corrections };
  }
  return { core, parts };
}

/**
 * Puts a text part back into a tree split by `splitTree`. The tree is filled in place: the client's tree starts
 * without the words and gains each part once, before the first render that shows it.
 */
export function mergeText(tree: Tree, text: TreeText): void {
  if (text.corrections && tree.corrections.length === 0) tree.corrections.push(...text.corrections);
  const symptom = text.symptom === undefined ? undefined : findSymptom(tree, text.symptom);
  for (const item of symptom?.items ?? []) {
    const content = text.items[item.id];
    if (content) item.content[text.lang] = content;
  }
  for (const note of symptom?.notes ?? []) {
    const content = text.notes[note.id];
    if (content) note.text[text.lang] = content;
  }
}
