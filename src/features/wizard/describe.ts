import type { TFunction } from 'i18next';
import { findQuestion, findSymptom } from '../../tree/resolve.ts';
import type {
  Answer,
  Claim,
  FlowState,
  Inline,
  Lang,
  Note,
  Question,
  Symptom,
  Tree,
} from '../../tree/types.ts';

/** The plain text of inline content, whitespace folded. */
export function plainText(content: readonly Inline[]): string {
  return rawText(content).replace(/\s+/g, ' ').trim();
}

/** The text of inline content as written: nested nodes keep their edge spaces ("Users *> All*"). */
function rawText(content: readonly Inline[]): string {
  return content.map((node) => ('children' in node ? rawText(node.children) : node.value)).join('');
}

/** An answer in words: the question's label and the chosen option's label. */
export function describeAnswer(tree: Tree, lang: Lang, answer: Answer): { question: string; option: string } {
  const question = findQuestion(tree, answer.question);
  const option = question?.options.find((o) => o.id === answer.option);
  return { question: question?.label[lang] ?? answer.question, option: option?.label[lang] ?? answer.option };
}

/** The answers given as "not sure", with their questions (the questions a remedy asks to check first). */
export function unsureAnswers(
  tree: Tree,
  answers: readonly Answer[],
): { answer: Answer; question: Question }[] {
  return answers.flatMap((answer) => {
    const question = findQuestion(tree, answer.question);
    return question?.options.find((o) => o.id === answer.option)?.unsure ? [{ answer, question }] : [];
  });
}

/** A link to show in the remedy's link list. */
export interface RemedyLink {
  url: string;
  label: string;
  host: string;
}

/** Every link in the given inline contents, first occurrence of each URL kept. */
export function collectLinks(contents: readonly (readonly Inline[])[]): RemedyLink[] {
  const out: RemedyLink[] = [];
  const walk = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'link') {
        if (!out.some((l) => l.url === node.url))
          out.push({ url: node.url, label: plainText(node.children), host: node.host });
      } else if ('children' in node) walk(node.children);
    }
  };
  contents.forEach(walk);
  return out;
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
): RemedyLink[] {
  const content = (id: string) => symptom.items.find((i) => i.id === id)?.content[lang] ?? [];
  return collectLinks([
    ...state.applies.map((a) => content(a.item)),
    ...appliedNotes(symptom, state).map((n) => n.text[lang]),
    ...state.alsoCheck.map(content),
  ]);
}

/** Labels for the ticket summary, in the page's language. */
export interface SummaryLabels {
  symptom: string;
  answers: string;
  applies: string;
  notes: string;
  links: string;
  url: string;
  noAnswers: string;
  /** The prefix of a correction shown right after its item ("Corrected 2026"). */
  corrected: string;
  checkFirst: string;
}

/** A note as one line of a summary: its text, the day it was checked and its source. */
function noteLine(note: Note, lang: Lang): string {
  return `${plainText(note.text[lang])} (${note.checked}, ${note.source})`;
}

/**
 * A plain-text summary of a remedy for a ticket: symptom, answers, what to check for the "not sure" answers, the
 * verdict, what applies (each item with its corrections right after it, as on the page), the items left out and
 * why, today's guidance, links and the URL.
 */
export function ticketSummary(
  tree: Tree,
  lang: Lang,
  state: FlowState & { kind: 'remedy' },
  url: string,
  labels: SummaryLabels,
  verdict: readonly string[] = [],
  setAside: readonly string[] = [],
): string {
  const symptom = findSymptom(tree, state.symptom);
  if (!symptom) return url;
  const lines: string[] = [`${labels.symptom}: ${symptom.heading[lang]}`, '', `${labels.answers}:`];
  if (state.answers.length === 0) lines.push(`- ${labels.noAnswers}`);
  for (const answer of state.answers) {
    const { question, option } = describeAnswer(tree, lang, answer);
    lines.push(`- ${question} ${option}`);
  }
  const unsure = unsureAnswers(tree, state.answers).filter(({ question }) => question.check);
  if (unsure.length > 0) {
    lines.push('', `${labels.checkFirst}:`);
    for (const { question } of unsure)
      lines.push(`- ${question.label[lang]} ${plainText(question.check?.where[lang] ?? [])}`);
  }
  if (verdict.length > 0) lines.push('', ...verdict);
  const notes = appliedNotes(symptom, state);
  const placed = new Set<string>();
  if (state.applies.length > 0) lines.push('', `${labels.applies}:`);
  for (const applied of state.applies) {
    const item = symptom.items.find((i) => i.id === applied.item);
    if (!item) continue;
    lines.push(`- ${plainText(item.content[lang])}`);
    for (const note of notesOfItem(notes, item.id).filter((n) => n.corrects)) {
      lines.push(`  ${labels.corrected}: ${noteLine(note, lang)}`);
      placed.add(note.id);
    }
  }
  for (const line of setAside) lines.push(`- ${line}`);
  // Corrections of items that are not in the summary stay out with their items.
  const shownItems = new Set(state.applies.map((a) => a.item));
  const guidance = notes.filter((n) => !placed.has(n.id) && (!n.corrects || shownItems.has(n.item)));
  if (guidance.length > 0) {
    lines.push('', `${labels.notes}:`);
    for (const note of guidance) lines.push(`- ${noteLine(note, lang)}`);
  }
  const links = remedyLinks(symptom, state, lang);
  if (links.length > 0) {
    lines.push('', `${labels.links}:`);
    for (const link of links) lines.push(`- ${link.label}: ${link.url}`);
  }
  lines.push('', `${labels.url}: ${url}`);
  return lines.join('\n');
}
