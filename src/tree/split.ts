import { findQuestion, findSymptom, isUnsure } from './resolve.ts';
import { CODES_SEGMENT, isLang, parsePath } from './paths.ts';
import { LANGS } from './lang.ts';
import type { Lang } from './lang.ts';
import type { Question, Symptom, Tree } from './compiled.ts';
import type { CodeText, SymptomShape, TreeText } from './text-parts.ts';
import type { Place } from './state.ts';

/** The name of the about page's text part. */
export const ABOUT_PART = 'about';

/** The name of the error codes' text part (titles, meanings and what to do, for the list and each code page). */
export const CODES_PART = 'codes';

/**
 * The name of the symptoms' part: every symptom's heading and summary, for the pages that list or name symptoms
 * other than their own (the start page, the not-found page).
 */
export const SYMPTOMS_PART = 'symptoms';

/** The key of a text part: `<lang>/<symptom id>` or `<lang>/about`. */
export function textKey(lang: Lang, part: string): string {
  return `${lang}/${part}`;
}

/** The name of a question's text part (its hint and its check, if any): `question/<id>`, which no symptom id can be. */
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
  if (place.kind === 'start' || place.kind === 'not-found') return [SYMPTOMS_PART];
  if (place.kind === 'codes') return [CODES_PART];
  if (place.kind === 'code') {
    // A code page links to its symptom's step with the code's answers: that symptom's part once the codes are in.
    const symptom = tree.codes.find((c) => c.id === place.code)?.symptom;
    return symptom === undefined ? [CODES_PART] : [CODES_PART, symptom];
  }
  if (place.kind !== 'flow') return [];
  const state = place.state;
  if (state.kind === 'question') return [questionPart(state.question)];
  const unsure = state.answers.filter((a) => isUnsure(tree, a));
  return [state.symptom, ...unsure.map((a) => questionPart(a.question))];
}

/**
 * The part a path needs before it can be parsed: the part of the symptom it names (which brings the symptom's
 * structure, so its answers can be replayed), or none for a page of no symptom or an unknown one.
 */
export function pathPartOf(tree: Tree, pathname: string): { lang: Lang; part: string } | undefined {
  // Parsed against the core, a symptom's path is a flow place of that symptom (with its answers not yet known).
  const place = parsePath(tree, pathname);
  if (place.kind === 'flow') return { lang: place.lang, part: place.state.symptom };
  // A code's path: the core knows no code, the codes' part brings their ids.
  const [lang, segment, code, ...rest] = pathname.split('/').filter(Boolean);
  if (
    lang !== undefined &&
    isLang(lang) &&
    segment === CODES_SEGMENT &&
    code !== undefined &&
    rest.length === 0
  )
    return { lang, part: CODES_PART };
  return undefined;
}

/** A question without its hint and check (the words only its own page shows, loaded apart). */
function withoutWords(question: Question): Question {
  const copy = { ...question };
  delete copy.hint;
  delete copy.check;
  return copy;
}

/** A symptom as the core of a split tree keeps it: what the start page shows, without its flow or its words. */
function stubOf(symptom: Symptom): Symptom {
  const stub: Symptom = {
    ...symptom,
    heading: { nb: '', en: '' },
    summary: { nb: '', en: '' },
    keywords: { nb: [], en: [] },
    items: [],
    ask: [],
    rules: [],
    notes: [],
    claims: {},
  };
  delete stub.verdict;
  delete stub.origin;
  return stub;
}

/** A symptom's structure without its words, and the questions it asks without theirs. */
function shapeOf(tree: Tree, symptom: Symptom): SymptomShape {
  const asked = new Set(symptom.ask.map((step) => step.question));
  return {
    questions: tree.questions.filter((q) => asked.has(q.id)).map(withoutWords),
    ask: symptom.ask,
    rules: symptom.rules,
    items: symptom.items.map((item) => ({ ...item, content: { nb: [], en: [] } })),
    notes: symptom.notes.map((note) => ({ ...note, text: { nb: [], en: [] } })),
    claims: symptom.claims,
    ...(symptom.verdict ? { verdict: symptom.verdict } : {}),
    ...(symptom.origin ? { origin: symptom.origin } : {}),
  };
}

/**
 * Splits a tree into its core and its parts. The core holds what every page needs: the symptoms' ids and groups,
 * the role and licence tables, the codes' ids; no symptom's flow or heading, no question, no words. The parts, one
 * per symptom, question and language plus the symptoms' (every heading and summary), the about page's and the
 * codes', keyed by `textKey`: a symptom's carries its structure (the questions it asks, its steps, rules, items
 * and notes; see `SymptomShape`) and its words (heading, article text, note text, search keywords); a question's
 * its hint and check. So what a page loads does not grow with the symptoms it does not show.
 */
export function splitTree(tree: Tree): { core: Tree; parts: Record<string, TreeText> } {
  const policy = tree.roles.adminPolicy;
  const core: Tree = {
    ...tree,
    corrections: [],
    // The about page's words: its part carries them (the policy's role names too, which only it lists).
    ...(tree.revisions ? { revisions: [] } : {}),
    roles: policy ? { ...tree.roles, adminPolicy: { ...policy, roles: [] } } : tree.roles,
    codes: [],
    // The codes' part brings them, and a code page's path is parsed once it is in (see pathPartOf).
    codeIds: [],
    questions: [],
    symptoms: tree.symptoms.map(stubOf),
  };
  const parts: Record<string, TreeText> = {};
  for (const lang of LANGS) {
    for (const s of tree.symptoms) {
      parts[textKey(lang, s.id)] = {
        lang,
        symptom: s.id,
        shape: shapeOf(tree, s),
        headings: { [s.id]: { heading: s.heading[lang], summary: s.summary[lang] } },
        keywords: s.keywords[lang],
        items: Object.fromEntries(s.items.map((item) => [item.id, item.content[lang]])),
        notes: Object.fromEntries(s.notes.map((note) => [note.id, note.text[lang]])),
      };
    }
    parts[textKey(lang, SYMPTOMS_PART)] = {
      lang,
      items: {},
      notes: {},
      headings: Object.fromEntries(
        tree.symptoms.map((s) => [s.id, { heading: s.heading[lang], summary: s.summary[lang] }]),
      ),
    };
    parts[textKey(lang, ABOUT_PART)] = {
      lang,
      items: {},
      notes: {},
      corrections: tree.corrections,
      ...(tree.revisions ? { revisions: tree.revisions } : {}),
      ...(policy ? { adminPolicyRoles: policy.roles } : {}),
    };
    const codes = tree.codes.map((c): [string, CodeText] => [
      c.id,
      { ...c, title: c.title[lang], meaning: c.meaning[lang], action: c.action[lang] },
    ]);
    parts[textKey(lang, CODES_PART)] = {
      lang,
      items: {},
      notes: {},
      codes: Object.fromEntries(codes),
      codeIds: tree.codeIds,
    };
    // Every question has a part, empty when it has no hint or check: so each part asked for exists.
    for (const q of tree.questions) {
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
  if (symptom && text.shape && !isShaped(tree, symptom.id)) mergeShape(tree, symptom, text.shape);
  for (const [id, words] of Object.entries(text.headings ?? {})) {
    const named = findSymptom(tree, id);
    if (!named) continue;
    named.heading[text.lang] = words.heading;
    named.summary[text.lang] = words.summary;
  }
  if (symptom && text.keywords) symptom.keywords[text.lang] = text.keywords;
  for (const item of symptom?.items ?? []) {
    const content = text.items[item.id];
    if (content) item.content[text.lang] = content;
  }
  for (const note of symptom?.notes ?? []) {
    const content = text.notes[note.id];
    if (content) note.text[text.lang] = content;
  }
  if (text.codeIds && tree.codeIds.length === 0) tree.codeIds.push(...text.codeIds);
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

/** The symptoms whose structure a split tree has gained from their parts, per tree. */
const shaped = new WeakMap<Tree, Set<string>>();

/** Whether a split tree holds a symptom's structure (a whole tree always does: its symptoms are never stubs). */
function isShaped(tree: Tree, symptom: string): boolean {
  return shaped.get(tree)?.has(symptom) === true;
}

/** Puts a symptom's structure into its stub, and the questions it asks that the tree lacks. */
function mergeShape(tree: Tree, symptom: Symptom, shape: SymptomShape): void {
  for (const question of shape.questions) {
    if (!findQuestion(tree, question.id)) tree.questions.push(structuredClone(question));
  }
  const copy = structuredClone(shape);
  symptom.ask = copy.ask;
  symptom.rules = copy.rules;
  symptom.items = copy.items;
  symptom.notes = copy.notes;
  symptom.claims = copy.claims;
  if (copy.verdict) symptom.verdict = copy.verdict;
  if (copy.origin) symptom.origin = copy.origin;
  let set = shaped.get(tree);
  if (!set) {
    set = new Set();
    shaped.set(tree, set);
  }
  set.add(symptom.id);
}
