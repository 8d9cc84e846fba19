import { findQuestion, findSymptom } from '../../tree/resolve.ts';
import type { Answer, FlowState, Inline, Lang, Note, Symptom, Tree } from '../../tree/types.ts';

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
}

/** A plain-text summary of a remedy for a ticket: symptom, answers, the verdict, what applies, links and the URL. */
export function ticketSummary(
  tree: Tree,
  lang: Lang,
  state: FlowState & { kind: 'remedy' },
  url: string,
  labels: SummaryLabels,
  verdict: readonly string[] = [],
): string {
  const symptom = findSymptom(tree, state.symptom);
  if (!symptom) return url;
  const lines: string[] = [`${labels.symptom}: ${symptom.heading[lang]}`, '', `${labels.answers}:`];
  if (state.answers.length === 0) lines.push(`- ${labels.noAnswers}`);
  for (const answer of state.answers) {
    const { question, option } = describeAnswer(tree, lang, answer);
    lines.push(`- ${question} ${option}`);
  }
  if (verdict.length > 0) lines.push('', ...verdict);
  lines.push('', `${labels.applies}:`);
  for (const applied of state.applies) {
    const item = symptom.items.find((i) => i.id === applied.item);
    if (item) lines.push(`- ${plainText(item.content[lang])}`);
  }
  const notes = appliedNotes(symptom, state);
  if (notes.length > 0) {
    lines.push('', `${labels.notes}:`);
    for (const note of notes) lines.push(`- ${plainText(note.text[lang])} (${note.checked}, ${note.source})`);
  }
  const links = remedyLinks(symptom, state, lang);
  if (links.length > 0) {
    lines.push('', `${labels.links}:`);
    for (const link of links) lines.push(`- ${link.label}: ${link.url}`);
  }
  lines.push('', `${labels.url}: ${url}`);
  return lines.join('\n');
}
