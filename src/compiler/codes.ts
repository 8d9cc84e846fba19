import { z } from 'zod';
import { CODES_SEGMENT } from '../tree/paths.ts';
import { resolve } from '../tree/resolve.ts';
import { CODE_GROUPS, LANGS } from '../tree/types.ts';
import type { ErrorCode, Inline, Lang, Tree } from '../tree/types.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import { linkProblem } from './links.ts';
import { paragraphInline } from './markdown.ts';
import { id, loadYaml, sourceDate } from './rules.ts';
import type { LoadedYaml, Rules } from './rules.ts';

/** A text in one language: present and not empty. */
const words = z
  .string({ error: 'missing: write this text in both languages (nb and en)' })
  .trim()
  .min(1, { message: 'must not be empty' });
const both = z.strictObject(
  { nb: words, en: words },
  { error: 'must give the text in both languages: { nb: ..., en: ... }' },
);

/** The schema of `content/codes.yaml`: error codes, event IDs and messages, what they mean and where they lead. */
export const codesSchema = z.strictObject({
  codes: z.array(
    z.strictObject({
      id,
      group: z.enum(CODE_GROUPS, { message: `must be one of: ${CODE_GROUPS.join(', ')}` }),
      code: words,
      aliases: z.array(words).default([]),
      symptom: id,
      answers: z.record(id, id).default({}),
      healthy: z
        .boolean({ error: 'must be true or false (true: the event shows that all is well)' })
        .default(false),
      source: z.url({ protocol: /^https$/, message: 'must be the https URL of the source' }),
      'source-date': sourceDate,
      checked: z.iso.date({ message: 'must be the date the code was checked, as YYYY-MM-DD' }),
      title: both,
      meaning: both,
      action: both,
    }),
  ),
});

/** The codes file as loaded, with the place of any part of it (for checks that need the compiled tree). */
export type LoadedCodes = LoadedYaml<z.infer<typeof codesSchema>>;

/** The form a code is compared in: case, spaces, underscores and hyphens folded ("sspr_0029" = "SSPR 0029"). */
export function codeKey(code: string): string {
  return code.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Markdown text of a code (one paragraph, inline Markdown and links) as inline content. */
function codeInline(markdown: string, place: Place, d: Diagnostics): Inline[] {
  return paragraphInline(markdown, place, d, {
    refused: (type) => `${type} is not supported here; write one paragraph of text with links`,
    prefix: 'in this text: ',
  });
}

/**
 * Loads `content/codes.yaml` and checks it against the rules: unique ids, no code (or alias) twice, a known
 * symptom, answers naming its questions and their options, the source on the allow-list, both languages.
 */
export function loadCodes(
  source: string,
  file: string,
  rules: Rules | undefined,
  d: Diagnostics,
): { codes: ErrorCode[]; loaded: LoadedCodes } {
  const loaded = loadYaml(source, file, codesSchema, d);
  if (!loaded.value) return { codes: [], loaded };
  const at = loaded.placeOf;
  const ids = new Set<string>();
  const shown = new Map<string, number>();
  const codes = loaded.value.codes.map((c, i): ErrorCode => {
    if (ids.has(c.id)) d.add(at(['codes', i, 'id']), `duplicate code id "${c.id}": ids must be unique`);
    ids.add(c.id);
    [c.code, ...c.aliases].forEach((form, k) => {
      const key = codeKey(form);
      const owner = shown.get(key);
      if (owner !== undefined && owner !== i)
        d.add(
          at(k === 0 ? ['codes', i, 'code'] : ['codes', i, 'aliases', k - 1]),
          `"${form}" is already the code or an alias of entry ${owner + 1} ("${loaded.value?.codes[owner]?.id}"): a code leads to one page`,
        );
      shown.set(key, i);
    });
    const problem = linkProblem(c.source);
    if (problem) d.add(at(['codes', i, 'source']), problem);
    const symptom = rules?.symptoms.find((s) => s.id === c.symptom);
    if (rules && !symptom)
      d.add(
        at(['codes', i, 'symptom']),
        `unknown symptom "${c.symptom}"; the symptoms are: ${rules.symptoms.map((s) => s.id).join(', ')}`,
      );
    for (const [questionId, optionId] of Object.entries(c.answers)) {
      const question = rules?.questions.find((q) => q.id === questionId);
      if (rules && !question)
        d.add(
          at(['codes', i, 'answers', questionId]),
          `unknown question "${questionId}": define it in the rules`,
        );
      else if (question && !question.options.some((o) => o.id === optionId))
        d.add(
          at(['codes', i, 'answers', questionId]),
          `unknown option "${optionId}" of question "${questionId}"; its options are: ${question.options.map((o) => o.id).join(', ')}`,
        );
    }
    const inline = (field: 'meaning' | 'action') =>
      Object.fromEntries(
        LANGS.map((lang) => [lang, codeInline(c[field][lang], at(['codes', i, field, lang]), d)]),
      ) as Record<Lang, Inline[]>;
    return {
      id: c.id,
      group: c.group,
      code: c.code,
      aliases: c.aliases,
      symptom: c.symptom,
      answers: Object.entries(c.answers).map(([question, option]) => ({ question, option })),
      healthy: c.healthy,
      source: c.source,
      sourceDate: c['source-date'],
      checked: c.checked,
      title: c.title,
      meaning: inline('meaning'),
      action: inline('action'),
    };
  });
  return { codes, loaded };
}

/**
 * Checks each code's answers against the compiled flow: the symptom must ask every answered question on the path
 * those answers take, or the link would drop them.
 */
export function checkCodeAnswers(tree: Tree, codes: ErrorCode[], loaded: LoadedCodes, d: Diagnostics): void {
  codes.forEach((code, i) => {
    const state = resolve(tree, code.symptom, code.answers);
    if (!state) return;
    const kept = state.kind === 'question' ? [...state.answers, ...state.pending] : state.answers;
    for (const answer of code.answers) {
      if (!kept.some((a) => a.question === answer.question && a.option === answer.option))
        d.add(
          loaded.placeOf(['codes', i, 'answers', answer.question]),
          `symptom "${code.symptom}" does not ask "${answer.question}" on the path of these answers, so the code's link cannot pre-fill it`,
        );
    }
  });
}

/** Reports a symptom whose id is the code pages' URL segment (`/<lang>/codes/`). */
export function checkCodesSegment(
  rules: Rules,
  loaded: { placeOf: LoadedCodes['placeOf'] },
  d: Diagnostics,
): void {
  rules.symptoms.forEach((s, i) => {
    if (s.id === CODES_SEGMENT)
      d.add(loaded.placeOf(['symptoms', i, 'id']), `"${CODES_SEGMENT}" is reserved for the error-code pages`);
  });
}
