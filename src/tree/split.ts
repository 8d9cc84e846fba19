import { findSymptom } from './resolve.ts';
import { LANGS } from './types.ts';
import type { CheckText, Lang, Location, Question, Tree, TreeText } from './types.ts';

/** The name of the about page's text part. */
export const ABOUT_PART = 'about';

/** The name of the error codes' text part (titles, meanings and what to do, for the list and each code page). */
export const CODES_PART = 'codes';

/** The key of a text part: `<lang>/<symptom id>` or `<lang>/about`. */
export function textKey(lang: Lang, part: string): string {
  return `${lang}/${part}`;
}

/** The name of a question's text part (its check): `question/<id>`, which no symptom id can be. */
export function checkPart(question: string): string {
  return `question/${question}`;
}

/**
 * The text parts a location shows beyond the tree's structure: a question page its question's check; a remedy its
 * symptom's words and the checks of the questions answered "not sure"; the about page its corrections.
 */
export function textPartsOf(tree: Tree, location: Location): string[] {
  if (location.kind === 'about') return [ABOUT_PART];
  if (location.kind === 'codes' || location.kind === 'code') return [CODES_PART];
  if (location.kind !== 'flow') return [];
  const state = location.state;
  if (state.kind === 'question') return [checkPart(state.question)];
  const unsure = state.answers.filter(
    (a) => findQuestionIn(tree, a.question)?.options.find((o) => o.id === a.option)?.unsure,
  );
  return [state.symptom, ...unsure.map((a) => checkPart(a.question))];
}

/** A question without its check (the words a question page loads apart). */
function withoutCheck(question: Question): Question {
  const copy = { ...question };
  delete copy.check;
  return copy;
}

const findQuestionIn = (tree: Tree, id: string): Question | undefined =>
  tree.questions.find((q) => q.id === id);

/**
 * Splits a tree into its structure (every id, rule, label and heading, but no article text, note text, checks or
 * corrections) and its text parts, one per symptom, question (its check) and language plus the about page's, keyed
 * by `textKey`.
 */
export function splitTree(tree: Tree): { core: Tree; parts: Record<string, TreeText> } {
  const empty = () => ({ nb: [], en: [] });
  const empty2 = () => ({ nb: '', en: '' });
  const core: Tree = {
    ...tree,
    corrections: [],
    codes: tree.codes.map((c) => ({ ...c, title: empty2(), meaning: empty(), action: empty() })),
    questions: tree.questions.map(withoutCheck),
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
    if (tree.codes.length > 0) {
      const codes = tree.codes.map((c) => [
        c.id,
        { title: c.title[lang], meaning: c.meaning[lang], action: c.action[lang] },
      ]);
      parts[textKey(lang, CODES_PART)] = { lang, items: {}, notes: {}, codes: Object.fromEntries(codes) };
    }
    for (const q of tree.questions) {
      if (!q.check) continue;
      const check: CheckText = {
        checked: q.check.checked,
        sources: q.check.sources,
        where: q.check.where[lang],
        commands: q.check.commands.map((c) => ({ label: c.label[lang], run: c.run })),
      };
      parts[textKey(lang, checkPart(q.id))] = { lang, items: {}, notes: {}, checks: { [q.id]: check } };
    }
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
  for (const code of tree.codes) {
    const words = text.codes?.[code.id];
    if (!words) continue;
    code.title[text.lang] = words.title;
    code.meaning[text.lang] = words.meaning;
    code.action[text.lang] = words.action;
  }
  for (const [id, check] of Object.entries(text.checks ?? {})) {
    const question = findQuestionIn(tree, id);
    if (!question) continue;
    question.check ??= {
      checked: check.checked,
      sources: check.sources,
      where: { nb: [], en: [] },
      commands: check.commands.map((c) => ({ label: { nb: '', en: '' }, run: c.run })),
    };
    question.check.where[text.lang] = check.where;
    check.commands.forEach((c, i) => {
      const command = question.check?.commands[i];
      if (command) command.label[text.lang] = c.label;
    });
  }
}
