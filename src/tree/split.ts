import { findQuestion, findSymptom, isUnsure } from './resolve.ts';
import { LANGS } from './lang.ts';
import type { Lang } from './lang.ts';
import type { Question, Tree } from './compiled.ts';
import type { CodeText, TreeText } from './text-parts.ts';
import type { Place } from './state.ts';

/** The name of the about page's text part. */
export const ABOUT_PART = 'about';

/** The name of the error codes' text part (titles, meanings and what to do, for the list and each code page). */
export const CODES_PART = 'codes';

/** The key of a text part: `<lang>/<symptom id>` or `<lang>/about`. */
export function textKey(lang: Lang, part: string): string {
  return `${lang}/${part}`;
}

/** The name of a question's text part (its hint and its check): `question/<id>`, which no symptom id can be. */
export function questionPart(question: string): string {
  return `question/${question}`;
}

/**
 * The text parts a place shows beyond the tree's structure: a question page its question's hint and check; a
 * remedy its symptom's words and the checks of the questions answered "not sure"; the about page its corrections;
 * the code pages the codes.
 */
export function textPartsOf(tree: Tree, place: Place): string[] {
  if (place.kind === 'about') return [ABOUT_PART];
  if (place.kind === 'codes' || place.kind === 'code') return [CODES_PART];
  if (place.kind !== 'flow') return [];
  const state = place.state;
  if (state.kind === 'question') return [questionPart(state.question)];
  const unsure = state.answers.filter((a) => isUnsure(tree, a));
  return [state.symptom, ...unsure.map((a) => questionPart(a.question))];
}

/** A question without its hint and check (the words only its own page shows, loaded apart). */
function withoutWords(question: Question): Question {
  const copy = { ...question };
  delete copy.hint;
  delete copy.check;
  return copy;
}

/**
 * Splits a tree into its structure (every id, rule, label and heading, but no article text, note text, search
 * keywords, question hints or checks, corrections or error codes) and its text parts, one per symptom, question (its
 * hint and check) and language plus the about page's and the codes', keyed by `textKey`.
 */
export function splitTree(tree: Tree): { core: Tree; parts: Record<string, TreeText> } {
  const empty = () => ({ nb: [], en: [] });
  const policy = tree.roles.adminPolicy;
  const core: Tree = {
    ...tree,
    corrections: [],
    // The about page's words: its part carries them (the policy's role names too, which only it lists).
    ...(tree.revisions ? { revisions: [] } : {}),
    roles: policy ? { ...tree.roles, adminPolicy: { ...policy, roles: [] } } : tree.roles,
    codes: [],
    questions: tree.questions.map(withoutWords),
    symptoms: tree.symptoms.map((s) => ({
      ...s,
      // Keywords serve the search index, built at compile time; the symptom's part carries them back.
      keywords: empty(),
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
        keywords: s.keywords[lang],
        items: Object.fromEntries(s.items.map((item) => [item.id, item.content[lang]])),
        notes: Object.fromEntries(s.notes.map((note) => [note.id, note.text[lang]])),
      };
    }
    parts[textKey(lang, ABOUT_PART)] = {
      lang,
      items: {},
      notes: {},
      corrections: tree.corrections,
      ...(tree.revisions ? { revisions: tree.revisions } : {}),
      ...(policy ? { adminPolicyRoles: policy.roles } : {}),
    };
    if (tree.codes.length > 0) {
      const codes = tree.codes.map((c): [string, CodeText] => [
        c.id,
        { ...c, title: c.title[lang], meaning: c.meaning[lang], action: c.action[lang] },
      ]);
      parts[textKey(lang, CODES_PART)] = { lang, items: {}, notes: {}, codes: Object.fromEntries(codes) };
    }
    for (const q of tree.questions) {
      if (!q.check && !q.hint) continue;
      const part: TreeText = { lang, items: {}, notes: {} };
      if (q.hint) part.hints = { [q.id]: q.hint[lang] };
      if (q.check) {
        part.checks = {
          [q.id]: {
            checked: q.check.checked,
            sources: q.check.sources,
            where: q.check.where[lang],
            commands: q.check.commands.map((c) => ({ label: c.label[lang], run: c.run })),
            ...(q.check.tenant ? { tenant: q.check.tenant } : {}),
          },
        };
      }
      parts[textKey(lang, questionPart(q.id))] = part;
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
  if (text.revisions && (tree.revisions?.length ?? 0) === 0) tree.revisions = [...text.revisions];
  const policy = tree.roles.adminPolicy;
  if (text.adminPolicyRoles && policy?.roles.length === 0) policy.roles.push(...text.adminPolicyRoles);
  const symptom = text.symptom === undefined ? undefined : findSymptom(tree, text.symptom);
  if (symptom && text.keywords) symptom.keywords[text.lang] = text.keywords;
  for (const item of symptom?.items ?? []) {
    const content = text.items[item.id];
    if (content) item.content[text.lang] = content;
  }
  for (const note of symptom?.notes ?? []) {
    const content = text.notes[note.id];
    if (content) note.text[text.lang] = content;
  }
  for (const words of Object.values(text.codes ?? {})) {
    let code = tree.codes.find((c) => c.id === words.id);
    if (!code) {
      code = { ...words, title: { nb: '', en: '' }, meaning: { nb: [], en: [] }, action: { nb: [], en: [] } };
      tree.codes.push(code);
    }
    code.title[text.lang] = words.title;
    code.meaning[text.lang] = words.meaning;
    code.action[text.lang] = words.action;
  }
  for (const [id, hint] of Object.entries(text.hints ?? {})) {
    const question = findQuestion(tree, id);
    if (!question) continue;
    question.hint ??= { nb: '', en: '' };
    question.hint[text.lang] = hint;
  }
  for (const [id, check] of Object.entries(text.checks ?? {})) {
    const question = findQuestion(tree, id);
    if (!question) continue;
    question.check ??= {
      checked: check.checked,
      sources: check.sources,
      where: { nb: [], en: [] },
      commands: check.commands.map((c) => ({ label: { nb: '', en: '' }, run: c.run })),
    };
    question.check.where[text.lang] = check.where;
    // Folds away in a default build, which carries no tenant reading (docs/decisions/0018).
    if (typeof __TENANT_CHECK__ === 'object' && check.tenant) question.check.tenant = check.tenant;
    check.commands.forEach((c, i) => {
      const command = question.check?.commands[i];
      if (command) command.label[text.lang] = c.label;
    });
  }
}
