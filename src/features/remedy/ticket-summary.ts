import type { TFunction } from 'i18next';
import { plainText } from '../../tree/inline.ts';
import { describeAnswer, findSymptom } from '../../tree/resolve.ts';
import type { Lang } from '../../tree/lang.ts';
import type { Note, Tree } from '../../tree/compiled.ts';
import type { FlowState } from '../../tree/state.ts';
import { appliedNotes, notesOfItem, remedyLinks, setAsideText, unsureAnswers } from './remedy-content.ts';
import { verdictSummary } from './verdict-text.ts';

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

/** The words a summary is written with: its labels, and the verdict's lines and the left-out items', if any. */
export interface SummaryWords {
  labels: SummaryLabels;
  verdict?: readonly string[];
  setAside?: readonly string[];
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
  { labels, verdict = [], setAside = [] }: SummaryWords,
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

/** The summary's labels from the UI copy of one language. */
function summaryLabels(t: TFunction): SummaryLabels {
  return {
    symptom: t('remedy.summarySymptom'),
    answers: t('remedy.summaryAnswers'),
    applies: t('remedy.summaryApplies'),
    notes: t('remedy.summaryNotes'),
    links: t('remedy.summaryLinks'),
    url: t('remedy.summaryUrl'),
    noAnswers: t('remedy.noAnswers'),
    corrected: t('remedy.corrected', { year: '' }).trim(),
    checkFirst: t('remedy.summaryCheckFirst'),
  };
}

/** The ticket summary a remedy page copies: labels, verdict and left-out items in the page's language. */
export function remedySummary(
  tree: Tree,
  lang: Lang,
  state: FlowState & { kind: 'remedy' },
  url: string,
  t: TFunction,
): string {
  return ticketSummary(tree, lang, state, url, {
    labels: summaryLabels(t),
    verdict: state.verdict ? verdictSummary(tree, lang, state.verdict, t) : [],
    setAside: state.setAside.map((aside) => setAsideText(tree, lang, aside.claim, state.answers, t)),
  });
}
