import { z } from 'zod';
import { LANGS } from '../tree/lang.ts';
import type { Lang } from '../tree/lang.ts';
import type { Check, Inline, Question } from '../tree/compiled.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import { linkProblem } from './links.ts';
import { httpsHost, plainText } from '../tree/inline.ts';
import { paragraphInline } from './markdown.ts';
import { SentenceLedger } from './copied.ts';
import { id, isoDate, perLang, text } from './fields.ts';
import { commandProblems, signInProblem } from './read-only-commands.ts';
import { loadYaml, scalarPlaces } from './yaml-file.ts';
import { compileTenantCheck, tenantSchema } from './tenant-checks.ts';
import type { YamlPath } from './yaml-file.ts';
import { NO_PAGE_DATES } from './sources.ts';
import type { PageDates } from './sources.ts';

/** The schema of `content/checks.yaml`: how to find the answer to each question. */
const checksSchema = z.strictObject({
  checks: z.array(
    z.strictObject({
      question: id,
      checked: isoDate('the date the check was compared with its sources'),
      sources: z
        .array(
          z.strictObject({
            url: z.url({ protocol: /^https$/, message: 'must be the https URL of the source' }),
            updated: isoDate("the page's own date (its ms.date)").optional(),
          }),
        )
        .min(1, { message: 'name at least one source' }),
      where: perLang,
      commands: z.array(z.strictObject({ label: perLang, run: text })).default([]),
      tenant: tenantSchema.optional(),
    }),
  ),
});

/** What the checks need to know of a question: its id and options. */
type QuestionOptions = { id: string; options: readonly { id: string; unsure?: boolean }[] };

/** The checks by question id, as loaded; undefined when the file could not be read. */
export type LoadedChecks = Map<string, Check> | undefined;

/**
 * Loads and validates `content/checks.yaml`: known question ids (when `questions` is given), one check per
 * question and one for each, sources on the link allow-list, read-only commands with obvious placeholders (each
 * problem at its own line inside the command), and no sentence copied from one question's check to another's.
 */
export function loadChecks(
  source: string,
  file: string,
  questionList: readonly QuestionOptions[] | undefined,
  d: Diagnostics,
  pages: PageDates = NO_PAGE_DATES,
  tenant = false,
): LoadedChecks {
  const questions = questionList?.map((q) => q.id);
  const loaded = loadYaml(source, file, checksSchema, d);
  if (!loaded.value) return undefined;
  const at = (...path: YamlPath) => loaded.placeOf(['checks', ...path]);
  const checks = new Map<string, Check>();
  const ledger = new SentenceLedger();

  loaded.value.checks.forEach((entry, ci) => {
    if (questions && !questions.includes(entry.question)) {
      d.add(
        at(ci, 'question'),
        `unknown question "${entry.question}": wizard.yaml defines ${questions.join(', ') || 'no questions'}`,
      );
    }
    if (checks.has(entry.question)) {
      d.add(at(ci, 'question'), `question "${entry.question}" has two checks: keep one`);
    }
    entry.sources.forEach((s, si) => {
      const problem = linkProblem(s.url);
      if (problem) d.add(at(ci, 'sources', si, 'url'), problem);
    });
    entry.commands.forEach((command, ki) => {
      const place = scalarPlaces(
        source,
        ['checks', ci, 'commands', ki, 'run'],
        at(ci, 'commands', ki, 'run'),
      );
      const signIn = signInProblem(command.run);
      for (const p of [...commandProblems(command.run), ...(signIn ? [signIn] : [])])
        d.add(place(p.line, p.column), p.message);
    });
    const where = {} as Record<Lang, Inline[]>;
    for (const lang of LANGS) {
      where[lang] = whereInline(entry.where[lang], at(ci, 'where', lang), d);
      const prose = [
        { text: plainText(where[lang]), path: ['where', lang] },
        ...entry.commands.map((c, ki) => ({ text: c.label[lang], path: ['commands', ki, 'label', lang] })),
      ];
      for (const part of prose) {
        for (const { sentence, from } of ledger.copiesIn(entry.question, lang, part.text)) {
          d.add(
            at(ci, ...part.path),
            `the check of "${entry.question}" repeats a sentence of the check of "${from}" ("${sentence}"): say what is true of this question in its own words`,
          );
        }
      }
    }
    // Validated in every build; kept in the tree only in a tenant-check build, so the default build is unchanged.
    const tenantCheck =
      entry.tenant &&
      compileTenantCheck(
        entry.tenant,
        questionList?.find((q) => q.id === entry.question),
        (url) => pages.of(url),
        {
          request: (column) =>
            scalarPlaces(source, ['checks', ci, 'tenant', 'request'], at(ci, 'tenant', 'request'))(0, column),
          scope: at(ci, 'tenant', 'scope'),
          answer: (ai) => at(ci, 'tenant', 'answers', ai, 'answer'),
          otherwise: at(ci, 'tenant', 'otherwise'),
          source: at(ci, 'tenant', 'source'),
        },
        d,
      );
    checks.set(entry.question, {
      checked: entry.checked,
      sources: entry.sources.map((s) => {
        const updated = s.updated ?? pages.of(s.url);
        return { url: s.url, host: httpsHost(s.url) ?? '', ...(updated ? { updated } : {}) };
      }),
      where,
      commands: entry.commands.map((c) => ({ label: c.label, run: c.run.trimEnd() })),
      ...(tenant && tenantCheck ? { tenant: tenantCheck } : {}),
    });
  });
  for (const question of questions ?? []) {
    if (!checks.has(question)) {
      d.add(
        loaded.placeOf(['checks']),
        `question "${question}" has no check: add one saying where an admin who is not sure can look`,
      );
    }
  }
  return checks;
}

/** Parses a check's `where` Markdown into one paragraph of inline content. */
function whereInline(markdown: string, place: Place, d: Diagnostics): Inline[] {
  return paragraphInline(markdown, place, d, {
    refused: (type) => `${type} is not supported here; write one paragraph of text, **bold** and links`,
    prefix: 'in this text: ',
  });
}

/** The questions with their checks attached (a question without a check is left as it is). */
export function withChecks(questions: readonly Question[], checks: LoadedChecks): Question[] {
  return questions.map((q) => {
    const check = checks?.get(q.id);
    return check ? { ...q, check } : q;
  });
}
