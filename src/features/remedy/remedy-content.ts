import type { TFunction } from 'i18next';
import { collectLinks } from '../../tree/inline.ts';
import type { InlineLink } from '../../tree/inline.ts';
import { describeAnswer, findQuestion, isUnsure } from '../../tree/resolve.ts';
import type { Lang } from '../../tree/lang.ts';
import type { Claim, Note, Question, Symptom, Tree } from '../../tree/compiled.ts';
import type { Answer, FlowState } from '../../tree/state.ts';

/** The answers given as "not sure", with their questions (the questions a remedy asks to check first). */
export function unsureAnswers(
  tree: Tree,
  answers: readonly Answer[],
): { answer: Answer; question: Question }[] {
  return answers.flatMap((answer) => {
    const question = findQuestion(tree, answer.question);
    return question && isUnsure(tree, answer) ? [{ answer, question }] : [];
  });
}

/** The notes of a remedy state, looked up by id. */
export function appliedNotes(symptom: Symptom, state: FlowState & { kind: 'remedy' }): Note[] {
  return state.notes.flatMap((a) => symptom.notes.filter((n) => n.id === a.note));
}

/** The notes shown with an item: its corrections first (right after the sentence they correct), then guidance. */
export function notesOfItem(notes: readonly Note[], item: string): Note[] {
  const own = notes.filter((n) => n.item === item);
  return [...own.filter((n) => n.corrects), ...own.filter((n) => !n.corrects)];
}

/** Why an item of the article is left out of a remedy: what it asserts, and what says otherwise. */
export function setAsideText(
  tree: Tree,
  lang: Lang,
  claim: Claim,
  answers: readonly Answer[],
  t: TFunction,
): string {
  if ('says' in claim) return t(`remedy.setAside.${claim.says}`);
  const shown = answers
    .filter((a) => Object.hasOwn(claim.untrueWhen, a.question))
    .map((a) => {
      const d = describeAnswer(tree, lang, a);
      return `${d.question} ${d.option}`;
    })
    .join('; ');
  return t('remedy.setAside.answers', { answers: shown });
}

/** The links of a remedy page: what applies first, then today's notes, then the rest of the section. */
export function remedyLinks(
  symptom: Symptom,
  state: FlowState & { kind: 'remedy' },
  lang: Lang,
): InlineLink[] {
  const content = (id: string) => symptom.items.find((i) => i.id === id)?.content[lang] ?? [];
  return collectLinks([
    ...state.applies.map((a) => content(a.item)),
    ...appliedNotes(symptom, state).map((n) => n.text[lang]),
    ...state.alsoCheck.map(content),
  ]);
}
