import { z } from 'zod';
import { resolve } from '../tree/resolve.ts';
import { codeKey } from '../tree/search.ts';
import { LANGS } from '../tree/lang.ts';
import { CODE_GROUPS } from '../tree/reference.ts';
import type { Lang } from '../tree/lang.ts';
import type { Inline, Tree } from '../tree/compiled.ts';
import type { ErrorCode } from '../tree/reference.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import { linkProblem } from './links.ts';
import { paragraphInline } from './markdown.ts';
import { id, sourceDate } from './fields.ts';
import { loadYaml } from './yaml-file.ts';
import { NO_PAGE_DATES, undatedProblem } from './sources.ts';
import type { PageDates } from './sources.ts';
import type { Rules } from './rules.ts';
import type { LoadedYaml } from './yaml-file.ts';

/** A text in one language: present and not empty. */
const words = z
  .string({ error: 'missing: write this text in both languages (nb and en)' })
  .trim()
  .min(1, { message: 'must not be empty' });
const both = z.strictObject(
  { nb: words, en: words },
  { error: 'must give the text in both languages: { nb: ..., en: ... }' },
);

/**
 * The schema of `content/codes.yaml`: the kinds of meaning a code can have and the symptoms each kind leads to;
 * then the error codes, event IDs and messages, what they mean, their kind and where they lead.
 */
export const codesSchema = z.strictObject({
  kinds: z.array(z.strictObject({ id, meaning: words, 'leads-to': z.array(id) })).default([]),
  codes: z.array(
    z.strictObject({
      id,
      group: z.enum(CODE_GROUPS, { message: `must be one of: ${CODE_GROUPS.join(', ')}` }),
      code: words,
      aliases: z.array(words).default([]),
      kind: id.optional(),
      symptom: id.optional(),
      answers: z.record(id, id).default({}),
      healthy: z
        .boolean({ error: 'must be true or false (true: the event shows that all is well)' })
        .default(false),
      source: z.url({ protocol: /^https$/, message: 'must be the https URL of the source' }),
      'source-date': sourceDate.optional(),
      checked: z.iso.date({ message: 'must be the date the code was checked, as YYYY-MM-DD' }),
      title: both,
      meaning: both,
      action: both,
    }),
  ),
});

/** The codes file as loaded, with the place of any part of it (for checks that need the compiled tree). */
export type LoadedCodes = LoadedYaml<z.infer<typeof codesSchema>>;

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
  dates: PageDates = NO_PAGE_DATES,
): { codes: ErrorCode[]; loaded: LoadedCodes } {
  const loaded = loadYaml(source, file, codesSchema, d);
  if (!loaded.value) return { codes: [], loaded };
  const at = loaded.placeOf;
  checkKinds(loaded, rules, d);
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
    const symptom = c.symptom === undefined ? undefined : rules?.symptoms.find((s) => s.id === c.symptom);
    if (rules && c.symptom !== undefined && !symptom)
      d.add(
        at(['codes', i, 'symptom']),
        `unknown symptom "${c.symptom}"; the symptoms are: ${rules.symptoms.map((s) => s.id).join(', ')}`,
      );
    checkKind(loaded, i, d);
    const pageDate = c['source-date'] ?? dates.of(c.source);
    if (pageDate === undefined) d.add(at(['codes', i, 'source']), undatedProblem(c.source));
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
      ...(c.kind === undefined ? {} : { kind: c.kind }),
      ...(c.symptom === undefined ? {} : { symptom: c.symptom }),
      answers: Object.entries(c.answers).map(([question, option]) => ({ question, option })),
      healthy: c.healthy,
      source: c.source,
      sourceDate: pageDate ?? '',
      checked: c.checked,
      title: c.title,
      meaning: inline('meaning'),
      action: inline('action'),
    };
  });
  return { codes, loaded };
}

/** The place of a part of the codes file, as `file:line:col`, for a message that points to a second place. */
function where(loaded: LoadedCodes, path: (string | number)[]): string {
  const place = loaded.placeOf(path);
  return `${place.file}:${place.line}:${place.column}`;
}

/** Checks the vocabulary of kinds: unique ids, each leading to symptoms the rules define. */
function checkKinds(loaded: LoadedCodes, rules: Rules | undefined, d: Diagnostics): void {
  const kinds = loaded.value?.kinds ?? [];
  kinds.forEach((kind, k) => {
    if (kinds.findIndex((other) => other.id === kind.id) !== k)
      d.add(loaded.placeOf(['kinds', k, 'id']), `duplicate kind "${kind.id}": kinds must be unique`);
    kind['leads-to'].forEach((symptom, j) => {
      if (rules && !rules.symptoms.some((s) => s.id === symptom))
        d.add(
          loaded.placeOf(['kinds', k, 'leads-to', j]),
          `unknown symptom "${symptom}"; the symptoms are: ${rules.symptoms.map((s) => s.id).join(', ')}`,
        );
    });
  });
}

/**
 * Checks that a code leads where its meaning belongs: its kind is one of the vocabulary, and its symptom is one
 * its kind leads to (a kind that leads nowhere: no symptom, the code's page is the whole answer). Without a
 * vocabulary, every code needs a symptom.
 */
function checkKind(loaded: LoadedCodes, i: number, d: Diagnostics): void {
  const kinds = loaded.value?.kinds ?? [];
  const c = loaded.value?.codes[i];
  if (!c) return;
  const at = (field: string) => loaded.placeOf(['codes', i, field]);
  const ids = kinds.map((k) => k.id).join(', ');
  if (c.kind === undefined) {
    if (kinds.length > 0)
      d.add(at('id'), `code "${c.id}" has no kind: say what it means with "kind", one of: ${ids}`);
    else if (c.symptom === undefined)
      d.add(at('id'), `code "${c.id}" leads nowhere: name the symptom it leads to in "symptom"`);
    return;
  }
  const k = kinds.findIndex((kind) => kind.id === c.kind);
  const kind = kinds[k];
  if (!kind) {
    d.add(at('kind'), `unknown kind "${c.kind}"; the kinds are: ${ids || 'none (add them under "kinds")'}`);
    return;
  }
  const leadsTo = kind['leads-to'];
  const kindAt = where(loaded, ['kinds', k, 'leads-to']);
  if (c.symptom !== undefined && !leadsTo.includes(c.symptom))
    d.add(
      at('symptom'),
      leadsTo.length === 0
        ? `code "${c.id}" is of kind "${c.kind}", which leads to no symptom (${kindAt}): remove "symptom", or fix the kind`
        : `code "${c.id}" is of kind "${c.kind}", which leads to ${leadsTo.join(', ')} (${kindAt}), not to "${c.symptom}": lead it to one of those, or fix the kind`,
    );
  if (c.symptom === undefined && leadsTo.length > 0)
    d.add(
      at('kind'),
      `code "${c.id}" is of kind "${c.kind}", which leads to ${leadsTo.join(', ')} (${kindAt}): name one of those in "symptom"`,
    );
  if (c.symptom === undefined && Object.keys(c.answers).length > 0)
    d.add(
      at('answers'),
      `code "${c.id}" leads to no symptom, so it has no answers to pre-fill: remove "answers"`,
    );
}

/**
 * Checks each code's answers against the compiled flow: the symptom must ask every answered question on the path
 * those answers take, or the link would drop them.
 */
export function checkCodeAnswers(tree: Tree, codes: ErrorCode[], loaded: LoadedCodes, d: Diagnostics): void {
  codes.forEach((code, i) => {
    if (code.symptom === undefined) return;
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
